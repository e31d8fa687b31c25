import {
  Alert,
  App,
  Button,
  Flex,
  Modal,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableEmpty } from '../../../components/TableEmpty';
import { useRoundVerdicts } from '../api/listRoundVerdicts';
import { usePublishVerdicts } from '../api/publishVerdicts';
import type { PublicationItem, RoundVerdictRow } from '../api/types';
import { verdictPath } from './paths';
import { VerdictTag } from './tags';
import { ROUND_PARAM, useRoundParam } from './useRoundParam';

const NO_FILTER = {};

/**
 * `/assessment/publication`: the city admin publishes the round's confirmed verdicts, all or some,
 * after a confirmation that lists exactly what the server would publish (a dry run). Published
 * verdicts are listed read-only below.
 */
export function PublicationPage() {
  const { t } = useTranslation();
  const { rounds, roundId, choose } = useRoundParam();
  const verdicts = useRoundVerdicts(roundId, NO_FILTER);
  const [selected, setSelected] = useState<number[]>([]);
  const rows = verdicts.data?.items ?? [];
  const pending = rows.filter((r) => r.verdict?.status === 'CONFIRMED');
  const published = rows.filter((r) => r.verdict && r.verdict.status !== 'CONFIRMED');
  const chosen = pending.filter((r) => selected.includes(r.nominationId));

  return (
    <>
      <PageHeader
        title={t('assessment.publication.title')}
        crumbs={[
          {
            label: t('assessment.title'),
            to: roundId ? `/assessment?${ROUND_PARAM}=${String(roundId)}` : '/assessment',
          },
          { label: t('assessment.publication.title') },
        ]}
      />
      <p>{t('assessment.publication.intro')}</p>
      <QueryProblem query={rounds} />
      <FilterBar>
        <Select<number>
          aria-label={t('assessment.publication.roundFilter')}
          value={roundId}
          loading={rounds.isPending}
          onChange={(id) => {
            setSelected([]);
            choose(id);
          }}
          options={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          style={{ width: 260, maxWidth: '100%' }}
        />
      </FilterBar>
      <QueryProblem query={verdicts} />
      {roundId !== undefined && (
        <Flex vertical gap="large">
          <VerdictSection
            title={t('assessment.publication.pending')}
            empty={t('assessment.publication.nonePending')}
            rows={pending}
            loading={verdicts.isPending}
            selection={{ selected, onChange: setSelected }}
            tools={
              <Flex wrap gap="small" align="center">
                <PublishButton
                  roundId={roundId}
                  nominationIds={chosen.map((r) => r.nominationId)}
                  label={t('assessment.publication.publishSelected', { count: chosen.length })}
                  disabled={chosen.length === 0}
                  onDone={() => {
                    setSelected([]);
                  }}
                />
                <PublishButton
                  roundId={roundId}
                  nominationIds={[]}
                  label={t('assessment.publication.publishAll')}
                  disabled={pending.length === 0}
                  onDone={() => {
                    setSelected([]);
                  }}
                />
              </Flex>
            }
          />
          <VerdictSection
            title={t('assessment.publication.published')}
            empty={t('assessment.publication.nonePublished')}
            rows={published}
            loading={verdicts.isPending}
          />
        </Flex>
      )}
    </>
  );
}

function VerdictSection({
  title,
  empty,
  rows,
  loading,
  selection,
  tools,
}: {
  title: string;
  empty: string;
  rows: RoundVerdictRow[];
  loading: boolean;
  selection?: { selected: number[]; onChange: (ids: number[]) => void };
  tools?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const columns: TableColumnsType<RoundVerdictRow> = [
    {
      key: 'township',
      title: t('assessment.queue.township'),
      render: (_v: unknown, r) => <Link to={verdictPath(r.nominationId)}>{r.townshipName}</Link>,
    },
    { key: 'district', title: t('assessment.queue.district'), dataIndex: 'districtName' },
    {
      key: 'verdict',
      title: t('assessment.queue.verdict'),
      render: (_v: unknown, r) => <VerdictTag revision={r.verdict ?? null} />,
    },
    {
      key: 'document',
      title: t('assessment.verdict.namingDocument'),
      render: (_v: unknown, r) =>
        r.verdict?.documentNumber
          ? `${r.verdict.documentNumber}${r.verdict.documentDate ? ` · ${r.verdict.documentDate}` : ''}`
          : '—',
    },
  ];
  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 17 }}>
        {title}
      </Typography.Title>
      {tools && rows.length > 0 && <div style={{ marginBottom: 12 }}>{tools}</div>}
      <div className="assessment-scroll">
        <Table<RoundVerdictRow>
          rowKey="nominationId"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          locale={{ emptyText: <TableEmpty text={empty} /> }}
          rowSelection={
            selection
              ? {
                  selectedRowKeys: selection.selected,
                  onChange: (keys) => {
                    selection.onChange(keys.map(Number));
                  },
                  getCheckboxProps: (r) => ({
                    'aria-label': t('assessment.publication.select', { township: r.townshipName }),
                  }),
                }
              : undefined
          }
        />
      </div>
    </section>
  );
}

/** Asks the server what it would publish, shows exactly that, and publishes on confirmation. */
function PublishButton({
  roundId,
  nominationIds,
  label,
  disabled,
  onDone,
}: {
  roundId: number;
  nominationIds: number[];
  label: string;
  disabled: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const publish = usePublishVerdicts();
  const [preview, setPreview] = useState<PublicationItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [previewing, setPreviewing] = useState(false);

  const open = async () => {
    setError(null);
    setPreviewing(true);
    try {
      const result = await publish.mutateAsync({ roundId, nominationIds, dryRun: true });
      setPreview(result.items);
    } catch (e: unknown) {
      setError(e);
      setPreview([]);
    } finally {
      setPreviewing(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setError(null);
    try {
      const result = await publish.mutateAsync({
        roundId,
        nominationIds: ready.map((p) => p.nominationId),
        dryRun: false,
      });
      void message.success(t('assessment.publication.done', { count: result.items.length }));
      setPreview(null);
      onDone();
    } catch (e: unknown) {
      setError(e);
    }
  };

  // a verdict whose proposal changed since it was confirmed must be confirmed again first
  const ready = preview?.filter((p) => !p.proposalChanged) ?? [];
  const stale = preview?.filter((p) => p.proposalChanged) ?? [];
  const count = ready.length;
  return (
    <>
      <Button
        type="primary"
        size="large"
        disabled={disabled}
        loading={previewing}
        onClick={() => void open()}
      >
        {label}
      </Button>
      <Modal
        open={preview !== null}
        title={t('assessment.publication.confirmTitle')}
        okText={t('assessment.publication.ok', { count })}
        okButtonProps={{ disabled: count === 0 }}
        cancelText={t('common.cancel')}
        confirmLoading={publish.isPending && !previewing}
        onOk={() => void confirm()}
        onCancel={() => {
          setPreview(null);
        }}
        destroyOnHidden
      >
        {count > 0 && (
          <>
            <p>{t('assessment.publication.confirmBody', { count })}</p>
            <ul>
              {ready.map((p) => (
                <li key={p.nominationId}>
                  {p.documentNumber
                    ? t('assessment.publication.lineWithDocument', {
                        township: p.townshipName,
                        district: p.districtName,
                        decision: t(`assessment.decision.${p.decision}`),
                        document: p.documentNumber,
                      })
                    : t('assessment.publication.line', {
                        township: p.townshipName,
                        district: p.districtName,
                        decision: t(`assessment.decision.${p.decision}`),
                      })}
                </li>
              ))}
            </ul>
          </>
        )}
        {stale.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('assessment.publication.staleTitle', { count: stale.length })}
            description={
              <ul>
                {stale.map((p) => (
                  <li key={p.nominationId}>
                    {t('assessment.publication.staleLine', {
                      township: p.townshipName,
                      district: p.districtName,
                      decision: t(`assessment.decision.${p.decision}`),
                      proposal: t(`assessment.decision.${p.currentProposal}`),
                    })}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {error !== null && <ProblemAlert error={error} />}
      </Modal>
    </>
  );
}
