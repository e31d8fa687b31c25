import '../auditCodes';
import { Descriptions, Flex, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../components/format';
import type { AuditEvent } from '../../../lib/api/types';
import { changedFields, isTimestamp, type FieldChange } from './auditDiff';

// Audit details name fields and codes the server writes; unknown ones show as themselves.
type LooseT = (key: string) => string;

function translated(t: TFunction, exists: (key: string) => boolean, key: string, fallback: string) {
  return exists(key) ? (t as unknown as LooseT)(key) : fallback;
}

/** Where the texts of a field's coded values are (a nomination's state differs from a round's). */
function codeKey(field: string, entityType: string | null | undefined): string | undefined {
  switch (field) {
    case 'state':
      return entityType === 'ROUND' ? 'rounds.states' : 'nominations.state';
    case 'roundState':
      return 'rounds.states';
    case 'role':
      return 'auth.roles';
    case 'kind':
      return 'district.kinds';
    case 'phase':
      return 'rounds.phaseNames';
    case 'code':
      // A round's phases are listed by code; elsewhere a code is an administrative code.
      return entityType === 'ROUND' ? 'rounds.phaseNames' : undefined;
    case 'status':
      return 'nominations.plan.status';
    case 'scopes':
      return 'apiKey.scopeNames';
    default:
      return undefined;
  }
}

type Formatter = (field: string, value: unknown) => string;

function useFormatter(entityType: string | null | undefined): {
  label: (field: string) => string;
  format: Formatter;
} {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const label = (field: string) => translated(t, exists, `audit.fields.${field}`, field);
  const format: Formatter = (field, value) => {
    if (value === undefined || value === null) return '—';
    if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') {
      if (value === '') return t('audit.empty');
      if (isTimestamp(value)) return formatShanghai(value);
      const codes = codeKey(field, entityType);
      return codes ? translated(t, exists, [codes, value].join('.'), value) : value;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return t('audit.empty');
      return value
        .map((item) => format(field, item))
        .join(field === 'phases' || field === 'milestones' ? '\n' : t('audit.listSeparator'));
    }
    if (typeof value === 'object') {
      // An item of a list (a phase, a milestone): its fields, each labelled and formatted.
      return Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => `${label(k)}${t('audit.colon')}${format(k, v)}`)
        .join(t('audit.fieldSeparator'));
    }
    return JSON.stringify(value);
  };
  return { label, format };
}

function Value({ text }: { text: string }): ReactNode {
  return <span className="audit-value">{text}</span>;
}

/**
 * An audit event's details: where it came from, then each changed field as before → after, with
 * labels and values translated and times in Beijing time (no raw JSON).
 */
export function AuditChange({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const { label, format } = useFormatter(event.entityType);
  const { changes, unchanged } = changedFields(event.before, event.after);
  const oneSided = !event.before || !event.after;
  return (
    <div className="audit-change">
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
      <Flex vertical gap={4}>
        <Typography.Text strong>{t('audit.changes')}</Typography.Text>
        {changes.length === 0 ? (
          <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>
        ) : (
          <Table<FieldChange>
            size="small"
            rowKey="field"
            pagination={false}
            tableLayout="fixed"
            dataSource={changes}
            columns={[
              {
                key: 'field',
                title: t('audit.field'),
                width: '24%',
                render: (_v, c) => label(c.field),
              },
              ...(oneSided
                ? []
                : [
                    {
                      key: 'before',
                      title: t('audit.before'),
                      render: (_v: unknown, c: FieldChange) => (
                        <Value text={format(c.field, c.before)} />
                      ),
                    },
                  ]),
              {
                key: 'after',
                title: oneSided && !event.after ? t('audit.before') : t('audit.after'),
                render: (_v, c) => (
                  <Value text={format(c.field, event.after ? c.after : c.before)} />
                ),
              },
            ]}
          />
        )}
        <Typography.Text type="secondary">
          {unchanged > 0 && `${t('audit.unchanged', { count: unchanged })} `}
          {t('audit.timesNote')}
        </Typography.Text>
      </Flex>
    </div>
  );
}
