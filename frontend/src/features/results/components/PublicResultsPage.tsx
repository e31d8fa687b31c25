import { Alert, Button, Flex, Select, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useId, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { formatShanghai } from '../../../components/format';
import { isApiError } from '../../../lib/api/client';
import { todayInShanghai } from '../../../lib/programme/today';
import { usePublicCases } from '../api/getPublicCases';
import { usePublicResults } from '../api/getPublicResults';
import type { PublicCaseItem, PublicNamedBase, PublicRevokedTitle } from '../api/types';
import './results.css';

/** How many years back the year picker offers. */
const YEARS_SHOWN = 10;

/** The `year` URL parameter when it is a plausible year, else undefined. */
export function parseYear(raw: string | null): number | undefined {
  if (raw === null || !/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= 2000 && year <= 2199 ? year : undefined;
}

/**
 * `/public/results`: the published named bases of a year and the titles revoked, for everyone
 * (no sign-in) and for other government sites to link to. Outside the signed-in layout.
 */
export function PublicResultsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const year = parseYear(params.get('year')) ?? thisYear;
  const results = usePublicResults(year);
  useDocumentTitle(t('results.title'));
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - i);
  if (!years.includes(year)) years.push(year);

  return (
    <div className="public-results">
      <a className="skip-link" href="#public-main">
        {t('results.skipToContent')}
      </a>
      <header className="public-results-header">
        <span className="public-results-site">{t('results.siteName')}</span>
        <Flex gap="small" align="center" wrap>
          <LanguageSwitch />
          <Link to="/login">{t('results.signIn')}</Link>
        </Flex>
      </header>
      <main id="public-main" tabIndex={-1} className="public-results-main">
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {t('results.title')}
        </Typography.Title>
        <p>{t('results.intro')}</p>
        <Flex gap="small" align="center" wrap style={{ marginBottom: 16 }}>
          <Select<number>
            aria-label={t('results.yearLabel')}
            value={year}
            onChange={(value) => {
              setParams({ year: String(value) });
            }}
            options={years.map((y) => ({ value: y, label: t('results.yearN', { year: y }) }))}
            style={{ width: 160 }}
          />
        </Flex>
        {results.isPending && <Spin description={t('common.loading')} />}
        {results.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('results.loadFailed')}
            description={
              isApiError(results.error) && results.error.status === 429
                ? t('results.tooMany')
                : undefined
            }
            action={
              <Button size="small" onClick={() => void results.refetch()}>
                {t('results.retry')}
              </Button>
            }
          />
        )}
        {results.data && (
          <>
            <NamedBases year={year} rows={results.data.named} />
            <RevokedTitles year={year} rows={results.data.revoked} />
          </>
        )}
        <PublishedCases year={year} />
      </main>
    </div>
  );
}

interface ResultSectionProps<T> {
  title: string;
  /** The table's caption, which also names its scrolling region. */
  caption: string;
  /** Said instead of the table when there are no rows. */
  emptyText: string;
  columns: TableColumnsType<T>;
  /** Undefined while the rows load or when they could not be loaded (`status` shows which). */
  rows: T[] | undefined;
  rowKey: (row: T) => Key;
  /** Loading or failure of a section that fetches its own rows. */
  status?: ReactNode;
}

/** One list of the page: its heading, then the rows as a captioned table, or that there are none. */
function ResultSection<T extends object>({
  title,
  caption,
  emptyText,
  columns,
  rows,
  rowKey,
  status,
}: ResultSectionProps<T>) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="public-results-section">
      <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
        {title}
      </Typography.Title>
      {status}
      {rows &&
        (rows.length === 0 ? (
          <p>{emptyText}</p>
        ) : (
          <div className="public-results-table" role="region" tabIndex={0} aria-label={caption}>
            <Table<T>
              rowKey={rowKey}
              columns={columns}
              dataSource={rows}
              pagination={false}
              caption={<VisuallyHidden>{caption}</VisuallyHidden>}
            />
          </div>
        ))}
    </section>
  );
}

function NamedBases({ year, rows }: { year: number; rows: PublicNamedBase[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<PublicNamedBase> = [
    { key: 'township', title: t('results.township'), dataIndex: 'townshipName' },
    { key: 'district', title: t('results.district'), dataIndex: 'districtName' },
    { key: 'document', title: t('results.documentNumber'), dataIndex: 'documentNumber' },
    { key: 'namedOn', title: t('results.namedOn'), dataIndex: 'namedOn' },
  ];
  return (
    <ResultSection<PublicNamedBase>
      title={t('results.named')}
      caption={t('results.namedCaption', { year })}
      emptyText={t('results.noneNamed')}
      columns={columns}
      rows={rows}
      rowKey={(r) => `${r.townshipCode}:${r.documentNumber}`}
    />
  );
}

function RevokedTitles({ year, rows }: { year: number; rows: PublicRevokedTitle[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<PublicRevokedTitle> = [
    { key: 'township', title: t('results.township'), dataIndex: 'townshipName' },
    { key: 'district', title: t('results.district'), dataIndex: 'districtName' },
    { key: 'document', title: t('results.documentNumber'), dataIndex: 'documentNumber' },
    { key: 'revokedOn', title: t('results.revokedOn'), dataIndex: 'revokedOn' },
    {
      key: 'revocationDocument',
      title: t('results.revocationDocument'),
      dataIndex: 'revocationDocumentNumber',
    },
    { key: 'reason', title: t('results.reason'), dataIndex: 'reason' },
  ];
  return (
    <ResultSection<PublicRevokedTitle>
      title={t('results.revoked')}
      caption={t('results.revokedCaption', { year })}
      emptyText={t('results.noneRevoked')}
      columns={columns}
      rows={rows}
      rowKey={(r) => `${r.townshipCode}:${r.revocationDocumentNumber}`}
    />
  );
}

/** The typical cases (典型案例) published for the year: title (to the case), township, district, date. */
function PublishedCases({ year }: { year: number }) {
  const { t } = useTranslation();
  const cases = usePublicCases(year);
  const columns: TableColumnsType<PublicCaseItem> = [
    {
      key: 'title',
      title: t('results.caseTitle'),
      render: (_, c) => <Link to={`/public/cases/${String(c.id)}`}>{c.title}</Link>,
    },
    { key: 'township', title: t('results.township'), dataIndex: 'townshipName' },
    { key: 'district', title: t('results.district'), dataIndex: 'districtName' },
    {
      key: 'publishedOn',
      title: t('results.publishedOn'),
      render: (_, c) => formatShanghai(c.publishedAt).slice(0, 10),
    },
  ];
  return (
    <ResultSection<PublicCaseItem>
      title={t('results.cases')}
      caption={t('results.casesCaption', { year })}
      emptyText={t('results.noCases')}
      columns={columns}
      rows={cases.data?.items}
      rowKey={(c) => c.id}
      status={
        <>
          {cases.isPending && <Spin description={t('common.loading')} />}
          {cases.isError && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('results.casesLoadFailed')}
              action={
                <Button size="small" onClick={() => void cases.refetch()}>
                  {t('results.retry')}
                </Button>
              }
            />
          )}
        </>
      }
    />
  );
}
