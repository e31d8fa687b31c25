import { Button, Flex, Modal, Spin, Typography, type TableColumnsType } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../../components/format';
import { QueryProblem } from '../../../../components/ListPageParts';
import { ListTable } from '../../../../components/ListTable';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { StatusTag, type StatusTone } from '../../../../components/StatusTag';
import type { PlanReviewMark, PlanRevision } from '../../../../lib/api/types';
import { usePlanRevision } from '../api/getPlanRevision';
import { REVISIONS_PAGE_SIZE, usePlanRevisions } from '../api/listPlanRevisions';
import { PlanView } from './PlanView';

const MARK_TONES: Record<PlanReviewMark['action'], StatusTone> = {
  SUBMITTED: 'info',
  APPROVED: 'positive',
  RETURNED: 'warning',
};

/** Who submitted, approved or returned a revision, when, and why it came back. */
export function ReviewMarks({ marks }: { marks: readonly PlanReviewMark[] }) {
  const { t } = useTranslation();
  if (marks.length === 0) return <span>{t('nominations.plan.noReviews')}</span>;
  return (
    <Flex vertical gap={4}>
      {marks.map((mark, index) => (
        <div key={index}>
          <StatusTag tone={MARK_TONES[mark.action]}>
            {t(`nominations.plan.reviewAction.${mark.action}`)}
          </StatusTag>
          {t('nominations.plan.reviewMark', { by: mark.by, at: formatShanghai(mark.at) })}
          {mark.reason && (
            <div>{t('nominations.plan.returnReasonValue', { reason: mark.reason })}</div>
          )}
        </div>
      ))}
    </Flex>
  );
}

/** The saved revisions of the plan, a page at a time, with their review marks; any can be read as it was. */
export function PlanRevisions({ nominationId }: { nominationId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const revisions = usePlanRevisions(nominationId, page);
  const [viewing, setViewing] = useState<number | undefined>();
  const headingId = useId();

  const columns: TableColumnsType<PlanRevision> = [
    {
      key: 'revision',
      title: t('nominations.plan.revision'),
      render: (_v: unknown, r) => t('nominations.plan.revisionN', { revision: r.revision }),
    },
    {
      key: 'savedAt',
      title: t('nominations.plan.savedAt'),
      render: (_v: unknown, r) => formatShanghai(r.savedAt),
    },
    { key: 'savedBy', dataIndex: 'savedBy', title: t('nominations.plan.savedBy') },
    {
      key: 'kind',
      title: t('nominations.plan.kind'),
      render: (_v: unknown, r) => t(`nominations.plan.revisionKind.${r.kind}`),
    },
    {
      key: 'reviews',
      title: t('nominations.plan.reviews'),
      render: (_v: unknown, r) => <ReviewMarks marks={r.reviews} />,
    },
    {
      key: 'milestoneCount',
      dataIndex: 'milestoneCount',
      title: t('nominations.plan.milestoneCount'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_v: unknown, r) => (
        <Button
          type="link"
          size="small"
          aria-label={t('nominations.plan.viewRevision', { revision: r.revision })}
          onClick={() => {
            setViewing(r.revision);
          }}
        >
          {t('common.view')}
        </Button>
      ),
    },
  ];

  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={3} id={headingId} style={{ fontSize: 16, marginTop: 24 }}>
        {t('nominations.plan.revisions')}
      </Typography.Title>
      <QueryProblem query={revisions} />
      <ListTable<PlanRevision>
        rowKey={(r) => r.revision}
        size="small"
        columns={columns}
        rows={revisions.data?.items}
        loading={revisions.isFetching}
        paging={{
          page,
          size: REVISIONS_PAGE_SIZE,
          total: revisions.data?.total,
          onChange: setPage,
          fixedSize: true,
        }}
        emptyText={t('nominations.plan.noRevisions')}
      />
      {viewing !== undefined && (
        <RevisionModal
          nominationId={nominationId}
          revision={viewing}
          onClose={() => {
            setViewing(undefined);
          }}
        />
      )}
    </section>
  );
}

function RevisionModal({
  nominationId,
  revision,
  onClose,
}: {
  nominationId: number;
  revision: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const plan = usePlanRevision(nominationId, revision);
  return (
    <Modal
      open
      title={t('nominations.plan.revisionTitle', { revision })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('nominations.plan.close')}</Button>}
      width={800}
      destroyOnHidden
    >
      {plan.isPending && <Spin description={t('common.loading')} />}
      {plan.isError && <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />}
      {plan.isSuccess && <PlanView plan={plan.data} />}
    </Modal>
  );
}
