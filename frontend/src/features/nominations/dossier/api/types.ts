import type { components } from '../../../../lib/api/schema.gen';

// What the dossier reads besides the nomination and its plan, in the contract's shapes.
export type EvidenceItem = components['schemas']['EvidenceItem'];
export type EvidenceMetric = components['schemas']['EvidenceMetric'];
export type NominationVerdict = components['schemas']['NominationVerdict'];
export type VerdictRevision = components['schemas']['VerdictRevision'];
