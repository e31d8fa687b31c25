import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_DEBOUNCE_MS } from '../../../components/SearchInput';
import { useTownshipOptions } from '../api/townshipOptions';

interface TownshipSelectProps {
  id?: string;
  value?: number | undefined;
  onChange?: (value: number | undefined) => void;
}

/** Picks a township by typing part of its name or code; asks the server, not a preloaded list. */
export function TownshipSelect({ id, value, onChange }: TownshipSelectProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(text.trim().slice(0, 64));
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text]);
  const townships = useTownshipOptions(q);
  const options = (townships.data?.items ?? []).map((tw) => ({
    value: tw.id,
    label: `${tw.districtName} / ${tw.name}（${tw.code}）`,
  }));

  return (
    <Select<number>
      id={id}
      value={value}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={townships.isFetching}
      placeholder={t('rounds.reopenings.townshipPlaceholder')}
      notFoundContent={townships.isFetching ? t('common.loading') : t('common.empty')}
      options={options}
      onChange={(next: number | undefined) => {
        onChange?.(next);
      }}
    />
  );
}
