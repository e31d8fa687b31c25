import { CloseCircleFilled, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Input } from 'antd';
import { useEffect, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 300;

interface SearchInputProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  placeholder?: string;
  id?: string;
}

/** A search box that reports its text after the user pauses typing (or presses Enter). */
export function SearchInput({ value, onChange, label, placeholder, id }: SearchInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  // The URL may change under us (Back, "clear filters"): show what it says.
  if (value !== committed) {
    setCommitted(value);
    setText(value);
  }

  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === value) return;
    const timer = setTimeout(() => {
      onChange(trimmed);
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text, value, onChange]);

  return (
    <Input
      id={id}
      type="search"
      aria-label={label}
      placeholder={placeholder}
      prefix={<SearchOutlined aria-hidden />}
      value={text}
      maxLength={64}
      allowClear={{ clearIcon: <CloseCircleFilled aria-label={t('common.clear')} /> }}
      onChange={(e) => {
        setText(e.target.value);
      }}
      onPressEnter={() => {
        onChange(text.trim());
      }}
      style={{ width: 240, maxWidth: '100%' }}
    />
  );
}
