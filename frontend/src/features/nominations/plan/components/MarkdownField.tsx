import { Input, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownView } from './MarkdownView';

export const CONTENT_MAX_LENGTH = 50_000;

interface MarkdownFieldProps {
  /** Set by Form.Item, so its label names the text area. */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/** Markdown text with a switch between writing it and seeing it as it will be shown. */
export function MarkdownField({ id, value = '', onChange }: MarkdownFieldProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  return (
    <div>
      <Segmented<'edit' | 'preview'>
        aria-label={t('nominations.plan.contentMode')}
        value={mode}
        onChange={setMode}
        options={[
          { value: 'edit', label: t('nominations.plan.write') },
          { value: 'preview', label: t('nominations.plan.preview') },
        ]}
        style={{ marginBottom: 8 }}
      />
      {/* Hidden, not removed, while previewing: the label keeps its target and the caret its place. */}
      <div hidden={mode === 'preview'}>
        <Input.TextArea
          id={id}
          value={value}
          onChange={(e) => onChange?.(e.target.value)}
          autoSize={{ minRows: 8, maxRows: 24 }}
          maxLength={CONTENT_MAX_LENGTH}
          placeholder={t('nominations.plan.contentPlaceholder')}
        />
      </div>
      {mode === 'preview' && (
        <div
          role="region"
          aria-label={t('nominations.plan.previewRegion')}
          style={{
            border: '1px solid #d9d9d9',
            borderRadius: 6,
            padding: '4px 12px',
            minHeight: 120,
          }}
        >
          {value.trim() ? (
            <MarkdownView source={value} />
          ) : (
            <p>{t('nominations.plan.noContent')}</p>
          )}
        </div>
      )}
    </div>
  );
}
