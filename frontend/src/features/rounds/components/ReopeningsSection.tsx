import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../components/format';
import { QueryProblem } from '../../../components/ListPageParts';
import type { Phase, Reopening } from '../../../lib/api/types';
import { useReopenings } from '../api/listReopenings';
import { ReopeningFormModal } from './ReopeningFormModal';
import { ListTable } from '../../../components/ListTable';

interface ReopeningsSectionProps {
  roundId: number;
  phases: readonly Phase[];
  /** City admins reopen deadlines; everyone sees the reopenings in their scope. */
  mayReopen: boolean;
}

/** The audited deadline reopenings of a round, newest first, and the form to add one. */
export function ReopeningsSection({ roundId, phases, mayReopen }: ReopeningsSectionProps) {
  const { t } = useTranslation();
  const reopenings = useReopenings(roundId);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<Reopening> = [
    { key: 'township', dataIndex: 'townshipName', title: t('rounds.reopenings.township') },
    {
      key: 'phase',
      title: t('rounds.reopenings.phase'),
      render: (_v: unknown, r) => t(`rounds.phaseNames.${r.phase}`),
    },
    {
      key: 'until',
      title: t('rounds.reopenings.until'),
      render: (_v: unknown, r) => formatShanghai(r.until),
    },
    {
      key: 'reason',
      dataIndex: 'reason',
      title: t('rounds.reopenings.reason'),
      render: (reason: string) => (
        <span style={{ display: 'inline-block', maxWidth: 360, whiteSpace: 'pre-wrap' }}>
          {reason}
        </span>
      ),
    },
    { key: 'createdBy', dataIndex: 'createdBy', title: t('rounds.reopenings.createdBy') },
    {
      key: 'createdAt',
      title: t('rounds.reopenings.createdAt'),
      render: (_v: unknown, r) => formatShanghai(r.createdAt),
    },
  ];

  return (
    <section aria-labelledby="round-reopenings" style={{ marginTop: 24 }}>
      <Flex wrap gap="small" justify="space-between" align="center">
        <Typography.Title level={2} id="round-reopenings" style={{ fontSize: 18 }}>
          {t('rounds.reopenings.title')}
        </Typography.Title>
        {mayReopen && (
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              setCreating(true);
            }}
          >
            {t('rounds.reopenings.create')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">{t('rounds.reopenings.intro')}</Typography.Paragraph>
      <QueryProblem query={reopenings} />
      <ListTable<Reopening>
        rowKey={(r) => r.id}
        columns={columns}
        rows={reopenings.data}
        loading={reopenings.isFetching}
        emptyText={t('rounds.reopenings.empty')}
      />
      {mayReopen && (
        <ReopeningFormModal
          open={creating}
          roundId={roundId}
          phases={phases}
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
    </section>
  );
}
