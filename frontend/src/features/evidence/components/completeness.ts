import type { EvidenceCompleteness } from '../api/types';

export type SegmentKey = 'accepted' | 'districtApproved' | 'submitted' | 'notSubmitted';

export interface Segment {
  key: SegmentKey;
  count: number;
}

/**
 * The standard indicators split by how far their evidence has come, furthest first; the parts
 * add up to the total. The contract's figures are cumulative (an accepted item counts as
 * submitted and district-approved too), so each part is the difference to the next step.
 */
export function completenessSegments(c: EvidenceCompleteness): Segment[] {
  return [
    { key: 'accepted', count: c.accepted },
    { key: 'districtApproved', count: Math.max(0, c.districtApproved - c.accepted) },
    { key: 'submitted', count: Math.max(0, c.submitted - c.districtApproved) },
    { key: 'notSubmitted', count: c.missing.length },
  ];
}
