import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Modal, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { formatShanghai } from '../../../components/format';
import { FormProblem } from '../../../components/FormProblem';
import { FilterBar, QueryProblem } from '../../../components/ListPageParts';
import { PageHeader } from '../../../components/PageHeader';
import { useFormSave } from '../../../components/useFormSave';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import {
  rankingExportUrl,
  resultsExportUrl,
  useConfirmRanking,
  useMoveCandidate,
  useRanking,
} from '../api/ranking';
import type { RankingEntry } from '../api/types';
import { moveEntry } from './ranking';
import { ReorderableList } from './ReorderableList';
import { ROUND_PARAM, useRoundParam } from './useRoundParam';

interface PendingMove {
  entry: RankingEntry;
  from: number;
  to: number;
}

const MOVE_FIELDS = ['justification', 'position'] as const;

/**
 * `/assessment/ranking`: the provincial candidates in the documented order; the city admin moves
 * one by dragging it or with its move-up/down buttons, gives a justification, and confirms the
 * order before the provincial selection deadline. Exports as CSV and XLSX.
 */
export function RankingPage() {
  const { t } = useTranslation();
  const role = useCurrentUser()?.role;
  const { rounds, roundId, choose } = useRoundParam();
  const ranking = useRanking(roundId);
  const confirm = useConfirmRanking();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const data = ranking.data?.value;
  const etag = ranking.data?.etag ?? '"0"';
  const editable =
    can(role, 'rankCandidates') && data !== undefined && !data.confirmed && !data.deadlinePassed;
  // While a move waits for its justification the list shows it moved already.
  const entries = data
    ? pending
      ? moveEntry(data.entries, pending.from, pending.to)
      : data.entries
    : [];

  return (
    <>
      <PageHeader
        title={t('assessment.ranking.title')}
        crumbs={[
          {
            label: t('assessment.title'),
            to: roundId ? `/assessment?${ROUND_PARAM}=${String(roundId)}` : '/assessment',
          },
          { label: t('assessment.ranking.crumb') },
        ]}
        extra={
          roundId !== undefined && (
            <>
              <Button
                icon={<DownloadOutlined aria-hidden />}
                href={rankingExportUrl(roundId, 'csv')}
              >
                {t('assessment.ranking.exportCsv')}
              </Button>
              <Button
                icon={<DownloadOutlined aria-hidden />}
                href={rankingExportUrl(roundId, 'xlsx')}
              >
                {t('assessment.ranking.exportXlsx')}
              </Button>
              <Button
                icon={<DownloadOutlined aria-hidden />}
                href={resultsExportUrl(roundId, 'csv')}
              >
                {t('assessment.ranking.exportResultsCsv')}
              </Button>
              <Button
                icon={<DownloadOutlined aria-hidden />}
                href={resultsExportUrl(roundId, 'xlsx')}
              >
                {t('assessment.ranking.exportResultsXlsx')}
              </Button>
            </>
          )
        }
      />
      <p>{t('assessment.ranking.intro')}</p>
      <QueryProblem query={rounds} />
      <FilterBar>
        <Select<number>
          aria-label={t('assessment.ranking.roundFilter')}
          value={roundId}
          loading={rounds.isPending}
          onChange={choose}
          options={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          style={{ width: 260, maxWidth: '100%' }}
        />
      </FilterBar>
      <QueryProblem query={ranking} />
      {ranking.isPending && roundId !== undefined && <Spin description={t('common.loading')} />}
      {data && (
        <Flex vertical gap="middle">
          {data.confirmed && (
            <Alert
              type="success"
              showIcon
              title={t('assessment.ranking.confirmed')}
              description={
                data.confirmedAt
                  ? t('assessment.ranking.confirmedAt', {
                      at: formatShanghai(data.confirmedAt),
                      by: data.confirmedBy ?? '',
                    })
                  : undefined
              }
            />
          )}
          {!data.confirmed && data.deadline && (
            <Typography.Text type={data.deadlinePassed ? 'danger' : 'secondary'}>
              {t(
                data.deadlinePassed
                  ? 'assessment.ranking.deadlinePassed'
                  : 'assessment.ranking.deadline',
                {
                  at: formatShanghai(data.deadline),
                },
              )}
            </Typography.Text>
          )}
          {entries.length === 0 ? (
            <p>{t('assessment.ranking.empty')}</p>
          ) : (
            <ReorderableList<RankingEntry>
              label={t('assessment.ranking.listLabel')}
              entries={entries}
              keyOf={(e) => String(e.nominationId)}
              nameOf={(e) => e.townshipName}
              editable={editable && pending === null}
              onMove={(entry, from, to) => {
                setPending({ entry, from, to });
              }}
            >
              {(e, index) => <EntryView entry={e} rank={index + 1} />}
            </ReorderableList>
          )}
          {editable && roundId !== undefined && entries.length > 0 && (
            <div>
              <ConfirmActionButton
                type="primary"
                size="large"
                label={t('assessment.ranking.confirm')}
                title={t('assessment.ranking.confirmTitle')}
                body={
                  <>
                    <p>{t('assessment.ranking.confirmBody')}</p>
                    <ol>
                      {data.entries.map((e) => (
                        <li key={e.nominationId}>
                          {e.townshipName}（{e.districtName}）
                        </li>
                      ))}
                    </ol>
                  </>
                }
                okText={t('assessment.ranking.confirm')}
                doneMessage={t('assessment.ranking.confirmed')}
                onConfirm={() => confirm.mutateAsync({ roundId, etag })}
              />
            </div>
          )}
        </Flex>
      )}
      {pending && roundId !== undefined && (
        <MoveDialog
          roundId={roundId}
          etag={etag}
          move={pending}
          onClose={() => {
            setPending(null);
          }}
          onReload={() => {
            setPending(null);
            void ranking.refetch();
          }}
        />
      )}
    </>
  );
}

function EntryView({ entry: e, rank }: { entry: RankingEntry; rank: number }) {
  const { t } = useTranslation();
  return (
    <Flex gap="middle" align="center" wrap>
      <span className="ranking-rank">{t('assessment.ranking.rankN', { rank })}</span>
      <Flex vertical style={{ minWidth: 0 }}>
        <span className="ranking-name">
          {e.townshipName}
          <Typography.Text type="secondary"> · {e.districtName}</Typography.Text>
        </span>
        <Typography.Text type="secondary">
          {t('assessment.ranking.facts', {
            bonus: e.recognisedBonus,
            verdict: e.verdict
              ? t(`assessment.decision.${e.verdict}`)
              : t('assessment.verdictStatus.NONE'),
            accepted: e.accepted,
            total: e.standardTotal,
          })}
        </Typography.Text>
        {e.moved && e.justification && (
          <Typography.Text>
            {t('assessment.ranking.moved', { reason: e.justification })}
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}

function MoveDialog({
  roundId,
  etag,
  move,
  onClose,
  onReload,
}: {
  roundId: number;
  etag: string;
  move: PendingMove;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ justification: string }>();
  const { error, save } = useFormSave(form, MOVE_FIELDS);
  const moveCandidate = useMoveCandidate();
  const township = move.entry.townshipName;
  const to = move.to + 1;

  const submit = async ({ justification }: { justification: string }) => {
    await save(async () => {
      await moveCandidate.mutateAsync({
        roundId,
        etag,
        input: {
          nominationId: move.entry.nominationId,
          position: to,
          justification: justification.trim(),
        },
      });
      void message.success(t('assessment.ranking.movedDone', { township, to }));
      onClose();
    });
  };

  return (
    <Modal
      open
      title={t('assessment.ranking.moveTitle')}
      okText={t('assessment.ranking.moveOk')}
      cancelText={t('common.cancel')}
      confirmLoading={moveCandidate.isPending}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <p>{t('assessment.ranking.moveBody', { township, from: move.from + 1, to })}</p>
      <Form<{ justification: string }>
        form={form}
        name="ranking-move"
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="justification"
          label={t('assessment.ranking.reason')}
          rules={[
            { required: true, whitespace: true, message: t('assessment.ranking.reasonRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      <FormProblem error={error} fields={MOVE_FIELDS} onReload={onReload} />
    </Modal>
  );
}
