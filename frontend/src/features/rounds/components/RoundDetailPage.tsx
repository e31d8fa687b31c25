import { Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { RecordLoadState, RecordNotFound } from '../../../components/RecordLoadState';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { useRound } from '../api/getRound';
import { PhaseTimeline } from './PhaseTimeline';
import { ReopeningsSection } from './ReopeningsSection';
import { RoundActions } from './RoundActions';
import { RoundDistrictsSection } from './RoundDistrictsSection';
import { RoundFormModal } from './RoundFormModal';
import { CurrentRoundTag, RoundStateTag } from './RoundStateTag';

export function RoundDetailPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  if (id === undefined) return <RecordNotFound title={t('rounds.notFound')} />;
  return <RoundDetail id={id} />;
}

function RoundDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const mayManage = can(useCurrentUser()?.role, 'manageRounds');
  const round = useRound(id);
  const [editing, setEditing] = useState(false);

  if (!round.isSuccess) {
    return (
      <RecordLoadState
        query={round}
        notFoundTitle={t('rounds.notFound')}
        errorTitle={t('rounds.detailTitle')}
      />
    );
  }

  const { value, etag } = round.data;
  return (
    <>
      <PageHeader
        title={value.name}
        crumbs={[{ label: t('nav.rounds'), to: '/rounds' }, { label: value.name }]}
        extra={
          <RoundActions
            round={value}
            etag={etag}
            mayManage={mayManage}
            onEdit={() => {
              setEditing(true);
            }}
          />
        }
      >
        <Flex wrap gap="small" align="center" style={{ marginBottom: 8 }}>
          <RoundStateTag state={value.state} />
          {value.current && <CurrentRoundTag />}
        </Flex>
      </PageHeader>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'year', label: t('rounds.year'), children: value.year },
          {
            key: 'framework',
            label: t('rounds.framework'),
            children: (
              <Link to={`/frameworks/${value.frameworkId}`}>
                {t('rounds.frameworkEdition', {
                  name: value.frameworkName,
                  edition: value.frameworkEdition,
                })}
              </Link>
            ),
          },
          {
            key: 'quotaCountyLevel',
            label: t('rounds.quotaCountyLevel'),
            children: value.quotaCountyLevel,
          },
          {
            key: 'quotaFunctionalZone',
            label: t('rounds.quotaFunctionalZone'),
            children: value.quotaFunctionalZone,
          },
          {
            key: 'updatedAt',
            label: t('common.updatedAt'),
            children: formatDateTime(value.updatedAt),
          },
        ]}
      />
      <section aria-labelledby="round-phases" style={{ marginTop: 24 }}>
        <Typography.Title level={2} id="round-phases" style={{ fontSize: 18 }}>
          {t('rounds.phases')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('rounds.timesInShanghai')}</Typography.Paragraph>
        <PhaseTimeline phases={value.phases} />
      </section>
      <RoundDistrictsSection
        roundId={id}
        roundEtag={etag}
        mayOverride={mayManage && value.allowedActions.includes('EDIT')}
      />
      <ReopeningsSection roundId={id} phases={value.phases} mayReopen={mayManage} />
      {mayManage && (
        <RoundFormModal
          open={editing}
          roundId={id}
          onClose={() => {
            setEditing(false);
          }}
        />
      )}
    </>
  );
}
