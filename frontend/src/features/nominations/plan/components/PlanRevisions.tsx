import { Button, Modal, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../../components/format';
import { QueryProblem } from '../../../../components/ListPageParts';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { TableEmpty } from '../../../../components/TableEmpty';
import type { PlanRevision } from '../../../../lib/api/types';
import { usePlanRevision } from '../api/getPlanRevision';
import { usePlanRevisions } from '../api/listPlanRevisions';
import { PlanView } from './PlanView';

/** Every saved revision of the plan; any of them can be read as it was. */
export function PlanRevisions({ nominationId }: { nominationId: number }) {
  const { t } = useTranslation();
  const revisions = usePlanRevisions(nominationId);
  const [viewing, setViewing] = useState<number | undefined>();

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
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        {t('nominations.plan.revisions')}
      </Typography.Title>
      <QueryProblem query={revisions} />
      <Table<PlanRevision>
        rowKey="revision"
        size="small"
        columns={columns}
        dataSource={revisions.data ?? []}
        loading={revisions.isFetching}
        pagination={revisions.data && revisions.data.length > 10 ? { pageSize: 10 } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <TableEmpty text={t('nominations.plan.noRevisions')} /> }}
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
    </>
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
