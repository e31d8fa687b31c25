import type { components } from '../../../lib/api/schema.gen';

// The public results, in the contract's shapes.
export type PublicResults = components['schemas']['PublicResults'];
export type PublicNamedBase = components['schemas']['PublicNamedBase'];
export type PublicRevokedTitle = components['schemas']['PublicRevokedTitle'];
export type PublicCasePage = components['schemas']['PublicCasePage'];
export type PublicCaseItem = components['schemas']['PublicCaseItem'];
