import { describe, expect, it } from 'vitest';
import i18n from '../../../i18n';
import type { Attachment } from '../api/types';
import { revision } from '../testData';
import { changedFields } from './RevisionDiff';

function file(id: number, fileName: string): Attachment {
  return {
    id,
    nominationId: 7,
    indicatorCode: '15',
    fileName,
    contentType: 'application/pdf',
    sizeBytes: 1024,
    sha256: 'a'.repeat(64),
    uploadedAt: '2026-05-01T02:00:00Z',
    uploadedBy: '王五',
    removedAt: null,
    removedBy: null,
  };
}

describe('changedFields', () => {
  it('names the files that differ between two revisions, and nothing when they are the same', () => {
    const t = i18n.t.bind(i18n);
    const before = revision({ revision: 1, attachments: [file(1, '参保名册.pdf')] });
    const after = revision({
      revision: 2,
      attachments: [file(1, '参保名册.pdf'), file(2, '现场照片.jpg')],
    });
    const files = changedFields(t, before, after, false).find((f) => f.key === 'attachments');
    expect(files).toMatchObject({ before: '参保名册.pdf', after: '参保名册.pdf\n现场照片.jpg' });
    expect(changedFields(t, before, before, false).map((f) => f.key)).not.toContain('attachments');
  });
});
