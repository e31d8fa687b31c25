import { Term } from './glossary.en';
import type { Resources } from './resources';

// The auth feature's texts (sign-in, own password, account), in English.
const auth: Pick<Resources, 'auth' | 'password' | 'account'> = {
  auth: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {{name}} ({{role}})',
    checking: 'Checking your sign-in…',
    roles: {
      CITY_ADMIN: 'City administrator',
      CITY_ASSESSOR: 'City assessor',
      DISTRICT_ADMIN: `${Term.district} administrator`,
      TOWNSHIP_OPERATOR: `${Term.township} operator`,
      VIEWER: 'Viewer',
    },
    sessionExpired: 'Your session has expired. Please sign in again.',
  },
  password: {
    title: 'Change password',
    forcedTitle: 'Change your password',
    forcedIntro:
      '{{name}}, you are using an initial or reset password. Set a new password before you continue.',
    current: 'Current password',
    new: 'New password',
    confirm: 'Confirm new password',
    policy:
      'Password rules: 10 to 128 characters with at least three of upper case, lower case, digits and symbols; not containing your username “{{username}}”, not a common password (nor one with digits or symbols added), and not your current password.',
    currentRequired: 'Enter your current password',
    newRequired: 'Enter a new password',
    confirmRequired: 'Enter the new password again',
    mismatch: 'The new passwords do not match',
    submit: 'Change password',
    changed: 'Password changed; your other sessions have ended',
    problems: {
      length: 'The new password must be 10 to 128 characters long',
      classes: 'Use at least three of upper case, lower case, digits and symbols',
      username: 'The new password must not contain your username',
      reused: 'The new password must differ from the current one',
    },
  },
  account: {
    title: 'My account',
    profile: 'Profile',
    none: 'None',
    sessions: 'Sessions',
    signedInAt: 'Signed in',
    lastSeenAt: 'Last active',
    expiresAt: 'Expires',
    clientAddress: 'Client address',
    userAgent: 'Browser and system',
    currentSession: 'This session',
    endSession: 'End session',
    endSessionOf: 'End session (signed in at {{time}})',
    endSessionTitle: 'End session',
    endSessionBody:
      'End the session signed in at {{time}} from {{address}}? That device will have to sign in again.',
    sessionEnded: 'Session ended',
  },
};

export default auth;
