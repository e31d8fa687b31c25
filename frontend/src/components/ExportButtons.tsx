import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

export type ExportKind = 'districts' | 'townships' | 'nominations';

/** The list's filters as the export takes them (the same names as the list's query). */
export type ExportFilters = Record<string, string | number | boolean | undefined>;

/** The export of a list with its current filters, as a link the browser saves (the session cookie authorises it). */
export function exportUrl(
  kind: ExportKind,
  format: 'csv' | 'xlsx',
  filters: ExportFilters,
): string {
  const query = new URLSearchParams({ format });
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  return `/api/v1/exports/${kind}?${query.toString()}`;
}

/** "Export CSV" and "Export Excel" for a list page: what the current filters show, streamed by the server. */
export function ExportButtons({ kind, filters }: { kind: ExportKind; filters: ExportFilters }) {
  const { t } = useTranslation();
  return (
    <Space.Compact>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined aria-hidden />}
          href={exportUrl(kind, format, filters)}
          download
          title={t('imports.export.hint')}
        >
          {t(format === 'csv' ? 'imports.export.csv' : 'imports.export.xlsx')}
        </Button>
      ))}
    </Space.Compact>
  );
}
