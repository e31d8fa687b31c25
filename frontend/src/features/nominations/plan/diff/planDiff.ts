import type { Milestone, Plan } from '../../../../lib/api/types';

/** A run of text that both versions share, or that only the newer (`added`) or older (`removed`) has. */
export interface TextPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Beyond this many cells the character diff of a changed line is skipped (whole line replaced). */
const MAX_CELLS = 4_000_000;

/**
 * The longest common subsequence of two sequences as a list of operations (Hunt–McIlroy by
 * dynamic programming): plans are short enough (tens of lines, lines of a few hundred
 * characters) for the quadratic table.
 */
interface Step<T> {
  kind: TextPart['kind'];
  /** The older sequence's item (the newer one's for `added`). */
  item: T;
  /** For `same`: the newer sequence's matching item. */
  match?: T;
}

function lcs<T>(
  a: readonly T[],
  b: readonly T[],
  equal: (x: T, y: T) => boolean = (x, y) => x === y,
): Step<T>[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = equal(a[i] as T, b[j] as T)
        ? (table[(i + 1) * width + j + 1] ?? 0) + 1
        : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const ops: Step<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const x = a[i] as T;
    const y = b[j] as T;
    if (equal(x, y)) {
      ops.push({ kind: 'same', item: x, match: y });
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      ops.push({ kind: 'removed', item: x });
      i++;
    } else {
      ops.push({ kind: 'added', item: y });
      j++;
    }
  }
  for (; i < n; i++) ops.push({ kind: 'removed', item: a[i] as T });
  for (; j < m; j++) ops.push({ kind: 'added', item: b[j] as T });
  return ops;
}

/** Joins neighbouring parts of the same kind. */
function merge(parts: TextPart[]): TextPart[] {
  const merged: TextPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = merged.at(-1);
    if (last?.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/**
 * What changed between two texts: lines first, then, where a line was replaced by one other
 * line, the characters within it (Chinese has no spaces to split words on).
 */
export function diffText(before: string, after: string): TextPart[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  const lines = lcs(splitLines(before), splitLines(after));
  const parts: TextPart[] = [];
  for (let k = 0; k < lines.length; k++) {
    const op = lines[k];
    const next = lines[k + 1];
    if (!op) continue;
    if (op.kind === 'removed' && next?.kind === 'added' && lines[k + 2]?.kind !== 'added') {
      const previous = lines[k - 1];
      if (previous?.kind !== 'removed' && op.item.length * next.item.length <= MAX_CELLS) {
        for (const c of lcs(graphemes(op.item), graphemes(next.item))) {
          parts.push({ kind: c.kind, text: c.item });
        }
        k++;
        continue;
      }
    }
    parts.push({ kind: op.kind, text: op.item });
  }
  return merge(parts);
}

const SEGMENTER = new Intl.Segmenter();

/** The characters as a reader sees them (an emoji or a combined character is one). */
function graphemes(text: string): string[] {
  return Array.from(SEGMENTER.segment(text), (s) => s.segment);
}

/** Lines with their line breaks kept, so that joining the parts gives the text back. */
function splitLines(text: string): string[] {
  return text === '' ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}

/** One milestone in the comparison: new, gone, changed (with what changed), or the same. */
export interface MilestoneChange {
  kind: 'added' | 'removed' | 'changed' | 'same';
  before?: Milestone;
  after?: Milestone;
  /** For `changed`: the fields that differ. */
  fields: (keyof Milestone)[];
}

const COMPARED: (keyof Milestone)[] = [
  'dueOn',
  'deliverable',
  'status',
  'completionNote',
  'evidence',
];

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The milestones compared: a milestone is the same one when its deliverable is (due dates and
 * progress may move); otherwise it was added or removed. In the newer plan's order, removed ones
 * where they stood.
 */
export function diffMilestones(
  before: readonly Milestone[],
  after: readonly Milestone[],
): MilestoneChange[] {
  return lcs(before, after, (x, y) => x.deliverable === y.deliverable).map((step) => {
    if (step.kind === 'same' && step.match) {
      const b = step.item;
      const a = step.match;
      const fields = COMPARED.filter((f) => !sameValue(b[f], a[f]));
      return { kind: fields.length > 0 ? 'changed' : 'same', before: b, after: a, fields };
    }
    return step.kind === 'removed'
      ? { kind: 'removed', before: step.item, fields: [] }
      : { kind: 'added', after: step.item, fields: [] };
  });
}

/** The whole comparison of two revisions, as the review panel shows it. */
export interface PlanComparison {
  content: TextPart[];
  responsiblePerson?: { before: string; after: string };
  contactPhone?: { before: string; after: string };
  milestones: MilestoneChange[];
  /** Nothing differs at all. */
  unchanged: boolean;
}

export function comparePlans(before: Plan, after: Plan): PlanComparison {
  const content = diffText(before.content, after.content);
  const milestones = diffMilestones(before.milestones, after.milestones);
  const comparison: PlanComparison = {
    content,
    milestones,
    unchanged:
      content.every((p) => p.kind === 'same') &&
      milestones.every((m) => m.kind === 'same') &&
      before.responsiblePerson === after.responsiblePerson &&
      before.contactPhone === after.contactPhone,
  };
  if (before.responsiblePerson !== after.responsiblePerson) {
    comparison.responsiblePerson = {
      before: before.responsiblePerson,
      after: after.responsiblePerson,
    };
  }
  if (before.contactPhone !== after.contactPhone) {
    comparison.contactPhone = { before: before.contactPhone, after: after.contactPhone };
  }
  return comparison;
}
