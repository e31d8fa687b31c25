import { Input, Segmented } from 'antd';
import { useState } from 'react';
import { MarkdownView } from './MarkdownView';
import './responsive.css';

export interface MarkdownFieldLabels {
  /** Names the write/preview switch. */
  mode: string;
  write: string;
  preview: string;
  /** Names the preview region. */
  previewRegion: string;
  /** Shown in the preview when there is no text yet. */
  empty: string;
  placeholder?: string;
}

interface MarkdownFieldProps {
  /** Set by Form.Item, so its label names the text area. */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  maxLength: number;
  labels: MarkdownFieldLabels;
  disabled?: boolean;
  /** The level the text's top heading is shown at in the preview (see MarkdownView). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/** Markdown text with a switch between writing it and seeing it as it will be shown. */
export function MarkdownField({
  id,
  value = '',
  onChange,
  maxLength,
  labels,
  disabled,
  headingLevel = 4,
}: MarkdownFieldProps) {
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  return (
    <div>
      <Segmented<'edit' | 'preview'>
        aria-label={labels.mode}
        value={mode}
        onChange={setMode}
        options={[
          { value: 'edit', label: labels.write },
          { value: 'preview', label: labels.preview },
        ]}
        style={{ marginBottom: 8 }}
      />
      {/* Hidden, not removed, while previewing: the label keeps its target and the caret its place. */}
      <div hidden={mode === 'preview'} className="markdown-field-text">
        <Input.TextArea
          id={id}
          value={value}
          onChange={(e) => onChange?.(e.target.value)}
          autoSize={{ minRows: 6, maxRows: 24 }}
          maxLength={maxLength}
          showCount
          placeholder={labels.placeholder}
          disabled={disabled}
        />
      </div>
      {mode === 'preview' && (
        <div
          role="region"
          aria-label={labels.previewRegion}
          style={{
            border: '1px solid #d9d9d9',
            borderRadius: 6,
            padding: '4px 12px',
            minHeight: 120,
          }}
        >
          {value.trim() ? (
            <MarkdownView source={value} startLevel={headingLevel} />
          ) : (
            <p>{labels.empty}</p>
          )}
        </div>
      )}
    </div>
  );
}
