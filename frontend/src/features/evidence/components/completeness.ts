import type { EvidenceCompleteness } from '../api/types';

export type SegmentKey = 'accepted' | 'districtApproved' | 'submitted' | 'inProgress' | 'missing';

export interface Segment {
  key: SegmentKey;
  count: number;
}

/**
 * The standard indicators split by how far their evidence has come, furthest first; the parts
 * add up to the total. The contract's figures are cumulative (an accepted item was also
 * submitted and approved), so each part is the difference to the next step.
 */
export function completenessSegments(c: EvidenceCompleteness): Segment[] {
  const accepted = c.accepted;
  const districtApproved = Math.max(0, c.districtApproved - c.accepted);
  const submitted = Math.max(0, c.submitted - c.districtApproved);
  const missing = c.missing.length;
  const inProgress = Math.max(0, c.standardTotal - accepted - districtApproved - submitted - missing);
  return [
    { key: 'accepted', count: accepted },
    { key: 'districtApproved', count: districtApproved },
    { key: 'submitted', count: submitted },
    { key: 'inProgress', count: inProgress },
    { key: 'missing', count: missing },
  ];
}
