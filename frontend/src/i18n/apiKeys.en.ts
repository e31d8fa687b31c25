import { Term } from './glossary.en';
import type { Resources } from './resources';

// The API keys feature's texts, in English.
const apiKeys: Pick<Resources, 'apiKey'> = {
  apiKey: {
    listTitle: 'API keys',
    name: 'Name',
    ownerSystem: 'Owner system',
    prefix: 'Prefix',
    scopes: 'Scopes',
    district: Term.district,
    expiresAt: 'Expires',
    lastUsedAt: 'Last used',
    rateLimit: 'Requests per minute',
    status: 'Status',
    active: 'Active',
    revoked: 'Revoked',
    expired: 'Expired',
    never: 'Never',
    noExpiry: 'Never expires',
    wholeCity: 'Whole city',
    previousValidUntil: 'Old secret valid until {{time}}',
    searchLabel: 'Search API keys by name or owner system',
    searchPlaceholder: 'Name or owner system',
    scopeNames: {
      read: 'Read',
      import: 'Import',
    },
    createTitle: 'New API key',
    nameRequired: 'Enter a name',
    ownerSystemRequired: 'Enter the owner system',
    scopesRequired: 'Choose at least one scope',
    expiresAtHint: 'Beijing time (Asia/Shanghai). Leave empty for no expiry.',
    expiresAtPast: 'The expiry must be in the future',
    rateLimitHint: 'Leave empty for the system default.',
    districtHint: "Optional: limits the key to this district's data.",
    secretTitle: 'API key created',
    secretLabel: 'Secret of "{{name}}"',
    secretHint: 'Send it as the header Authorization: Bearer <secret>.',
    revoke: 'Revoke',
    revokeItem: 'Revoke {{name}}',
    revokeTitle: 'Revoke API key',
    revokeBody:
      'Revoke "{{name}}"? Its current secret and any previous one stop working at once. This cannot be undone.',
    revokedDone: '"{{name}}" revoked',
    rotate: 'Rotate',
    rotateItem: 'Rotate {{name}}',
    rotateTitle: 'Rotate secret',
    rotateBody:
      'Issue a new secret for "{{name}}"? The old secret keeps working for a grace period (24 hours by default); update the owner system meanwhile.',
    rotateDoneTitle: 'New secret issued',
    rotateGrace: 'The old secret keeps working until {{time}}, then stops.',
  },
};

export default apiKeys;
