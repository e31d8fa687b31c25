/** A field of an audited object as it was before and after a change (undefined: absent). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping that moves with every change and says nothing about it.
const BOOKKEEPING = new Set(['version', 'updatedAt', 'allowedActions']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields that differ between the before and after of an audit event, in the order the object
 * lists them; with only one side (a creation, a deletion, a sign-in), every field of that side.
 * `unchanged` counts the fields left out because they are equal.
 */
export function changedFields(
  before: unknown,
  after: unknown,
): { changes: FieldChange[]; unchanged: number } {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter(
    (field) => !BOOKKEEPING.has(field),
  );
  const changes: FieldChange[] = [];
  let unchanged = 0;
  for (const field of fields) {
    if (isRecord(before) && isRecord(after) && same(from[field], to[field])) {
      unchanged++;
    } else {
      changes.push({ field, before: from[field], after: to[field] });
    }
  }
  return { changes, unchanged };
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value);
}
