import { Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../components/format';
import { StatusTag } from '../../../components/StatusTag';
import type { Nomination } from '../../../lib/api/types';
import { NominationStateTag } from './NominationStateTag';

/** Who was nominated into which round, where it stands, and every deadline that applies to it. */
export function NominationSummary({ nomination: n }: { nomination: Nomination }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        {
          key: 'township',
          label: t('nominations.township'),
          children: `${n.townshipName}（${n.townshipCode}）`,
        },
        { key: 'district', label: t('nominations.district'), children: n.districtName },
        {
          key: 'round',
          label: t('nominations.round'),
          children: t('nominations.roundOfYear', {
            year: n.roundYear,
            state: t(`nominations.roundState.${n.roundState}`),
          }),
        },
        {
          key: 'state',
          label: t('nominations.stateLabel'),
          children: <NominationStateTag state={n.state} />,
        },
        {
          key: 'provincial',
          label: t('nominations.provincialCandidate'),
          children: n.provincialCandidate ? (
            <StatusTag tone="positive">{t('nominations.provincialYes')}</StatusTag>
          ) : (
            t('nominations.provincialNotSelected')
          ),
        },
        {
          key: 'nominatedAt',
          label: t('nominations.nominatedAt'),
          children: formatShanghai(n.createdAt),
        },
        ...n.deadlines.map((d) => ({
          key: `deadline-${d.phase}`,
          label: t('nominations.deadlineOfPhase', { phase: t(`nominations.phase.${d.phase}`) }),
          children: (
            <Flex wrap gap={8} align="center">
              <span>{formatShanghai(d.deadline)}</span>
              {d.passed && <StatusTag tone="negative">{t('countdown.passed')}</StatusTag>}
              {d.reopened && <StatusTag tone="info">{t('nominations.reopened')}</StatusTag>}
            </Flex>
          ),
        })),
      ]}
    />
  );
}
