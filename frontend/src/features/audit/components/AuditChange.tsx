import { Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../lib/api/types';

function JsonBlock({ label, value }: { label: string; value: object | null | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text strong>{label}</Typography.Text>
      {/* Focusable so a keyboard user can scroll a wide document. */}
      <pre className="audit-json" tabIndex={0} aria-label={label}>
        {value ? JSON.stringify(value, null, 2) : t('audit.nothing')}
      </pre>
    </>
  );
}

/** An audit event's before and after, side by side on wide screens, with where it came from. */
export function AuditChange({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return (
    <div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'clientAddress',
            label: t('audit.clientAddress'),
            children: event.clientAddress ?? '—',
          },
          {
            key: 'requestId',
            label: t('audit.requestId'),
            children: event.requestId ? (
              <Typography.Text copyable={{ text: event.requestId }}>
                {event.requestId}
              </Typography.Text>
            ) : (
              '—'
            ),
          },
        ]}
      />
      <Row gutter={[16, 8]}>
        <Col xs={24} lg={12}>
          <JsonBlock label={t('audit.before')} value={event.before} />
        </Col>
        <Col xs={24} lg={12}>
          <JsonBlock label={t('audit.after')} value={event.after} />
        </Col>
      </Row>
    </div>
  );
}
