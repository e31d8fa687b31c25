import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Spin, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryProblem } from '../../../components/ListPageParts';
import { formatShanghai } from '../../../components/format';
import { QuotaMeter } from '../../../components/QuotaMeter';
import { useNow } from '../../../components/useNow';
import type { Round } from '../../../lib/api/types';
import { useRoundDistricts } from '../../../lib/api/roundDistricts';
import { NominateModal } from './NominateModal';

/**
 * A district admin's places in the round and the way to nominate a township. Nominating is
 * offered only while the round is open and places are left; the server decides in the end.
 */
export function DistrictQuotaPanel({ round, districtId }: { round: Round; districtId: number }) {
  const { t } = useTranslation();
  const districts = useRoundDistricts(round.id);
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const hintId = useId();
  const now = useNow();
  const own = districts.data?.find((d) => d.districtId === districtId);
  // Nominations close with the deployment phase; a township may still have it reopened, so
  // this only warns and the server decides.
  const deployment = round.phases.find((p) => p.code === 'DEPLOYMENT');
  const deploymentClosed = deployment !== undefined && Date.parse(deployment.endsAt) <= now;
  const full = own !== undefined && own.used >= own.quota;
  const refusal =
    round.state !== 'OPEN'
      ? t('nominations.nominateClosed')
      : full
        ? t('nominations.quotaFull', { quota: own.quota })
        : undefined;

  return (
    <section aria-labelledby={headingId} style={{ marginBottom: 16 }}>
      <Card size="small">
        <Typography.Title level={2} id={headingId} style={{ fontSize: 16, marginTop: 0 }}>
          {t('nominations.quotaTitle')}
        </Typography.Title>
        <QueryProblem query={districts} />
        {districts.isPending && <Spin description={t('common.loading')} />}
        {own && (
          <Flex wrap gap="middle" align="center" justify="space-between">
            <QuotaMeter used={own.used} quota={own.quota} name={own.districtName} />
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              disabled={refusal !== undefined}
              aria-describedby={refusal ? hintId : undefined}
              onClick={() => {
                setOpen(true);
              }}
            >
              {t('nominations.nominate')}
            </Button>
          </Flex>
        )}
        {own && refusal && (
          <Typography.Paragraph id={hintId} style={{ margin: '8px 0 0' }}>
            {refusal}
          </Typography.Paragraph>
        )}
        {own && !refusal && deploymentClosed && (
          <Typography.Paragraph style={{ margin: '8px 0 0' }}>
            {t('nominations.deploymentClosed', { at: formatShanghai(deployment.endsAt) })}
          </Typography.Paragraph>
        )}
      </Card>
      {open && (
        <NominateModal
          open
          roundId={round.id}
          districtId={districtId}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </section>
  );
}
