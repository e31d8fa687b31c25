import { describe, expect, it } from 'vitest';
import { lineDiff } from './lineDiff';

describe('the line difference of two narratives', () => {
  it('marks kept, removed and added lines in order', () => {
    expect(lineDiff('一\n二\n三', '一\n贰\n三\n四')).toEqual([
      { kind: 'same', text: '一' },
      { kind: 'removed', text: '二' },
      { kind: 'added', text: '贰' },
      { kind: 'same', text: '三' },
      { kind: 'added', text: '四' },
    ]);
  });

  it('treats an empty text as no lines', () => {
    expect(lineDiff('', 'a')).toEqual([{ kind: 'added', text: 'a' }]);
    expect(lineDiff('a', '')).toEqual([{ kind: 'removed', text: 'a' }]);
    expect(lineDiff('', '')).toEqual([]);
  });
});
