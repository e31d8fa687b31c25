import { describe, expect, it } from 'vitest';
import { plan } from '../../testData';
import { comparePlans, diffMilestones, diffText, type TextPart } from './planDiff';

function rebuilt(parts: TextPart[], side: 'before' | 'after'): string {
  const drop = side === 'before' ? 'added' : 'removed';
  return parts
    .filter((p) => p.kind !== drop)
    .map((p) => p.text)
    .join('');
}

describe('diffText', () => {
  it('marks characters inserted into and removed from a changed line', () => {
    const parts = diffText(
      '建设零工市场。\n开展培训。\n',
      '建设零工市场和就业驿站。\n开展培训。\n',
    );
    expect(parts).toEqual([
      { kind: 'same', text: '建设零工市场' },
      { kind: 'added', text: '和就业驿站' },
      { kind: 'same', text: '。\n开展培训。\n' },
    ]);
  });

  it('marks whole lines added and removed', () => {
    const parts = diffText('一\n二\n三\n', '一\n三\n四\n');
    expect(parts).toEqual([
      { kind: 'same', text: '一\n' },
      { kind: 'removed', text: '二\n' },
      { kind: 'same', text: '三\n' },
      { kind: 'added', text: '四\n' },
    ]);
  });

  it('gives both texts back from its parts', () => {
    const before = '## 目标\n- 建设零工市场\n- 培训 200 人次';
    const after = '## 工作目标\n- 建设零工市场 2 个\n- 培训 300 人次\n- 新增就业驿站';
    const parts = diffText(before, after);
    expect(rebuilt(parts, 'before')).toBe(before);
    expect(rebuilt(parts, 'after')).toBe(after);
  });

  it('has nothing to mark when the texts are equal', () => {
    expect(diffText('同样', '同样')).toEqual([{ kind: 'same', text: '同样' }]);
    expect(diffText('', '')).toEqual([]);
  });
});

describe('diffMilestones', () => {
  const base = plan().milestones;

  it('finds added, removed and changed milestones by their deliverable', () => {
    const [first, second] = base;
    if (!first || !second) throw new Error('test data has two milestones');
    const after = [
      { ...first, status: 'DONE' as const, evidence: ['4'] },
      { ...first, deliverable: '新增就业驿站', status: 'PLANNED' as const },
    ];
    const changes = diffMilestones(base, after);
    expect(changes.map((c) => c.kind)).toEqual(['changed', 'removed', 'added']);
    expect(changes[0]?.fields).toEqual(['evidence']);
    expect(changes[1]?.before?.deliverable).toBe(second.deliverable);
    expect(changes[2]?.after?.deliverable).toBe('新增就业驿站');
  });
});

describe('comparePlans', () => {
  it('reports the responsible person and says when nothing changed', () => {
    expect(comparePlans(plan(), plan()).unchanged).toBe(true);
    const changed = comparePlans(plan(), plan({ responsiblePerson: '王主任' }));
    expect(changed.unchanged).toBe(false);
    expect(changed.responsiblePerson).toEqual({ before: '李站长', after: '王主任' });
    expect(changed.contactPhone).toBeUndefined();
  });
});
