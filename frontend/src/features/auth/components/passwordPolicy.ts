/** The server's password policy, checked locally first so most mistakes need no round trip. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export type PasswordProblem = 'length' | 'classes' | 'username' | 'reused' | undefined;

/**
 * The first rule the password breaks that the browser can check; whether it is a common password
 * only the server knows (its list is not shipped to the browser).
 */
export function passwordProblem(
  password: string,
  username: string,
  currentPassword = '',
): PasswordProblem {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return 'length';
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password));
  if (classes.length < 3) return 'classes';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'username';
  if (currentPassword && password === currentPassword) return 'reused';
  return undefined;
}
