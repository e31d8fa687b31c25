import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Spin,
  Typography,
  type DescriptionsProps,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { QueryProblem } from '../../../components/ListPageParts';
import { StatusTag } from '../../../components/StatusTag';
import { useFormSave } from '../../../components/useFormSave';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { checkDocumentNumber } from '../../../lib/programme/documentNumber';
import { todayInShanghai } from '../../../lib/programme/today';
import {
  useRevokeTitle,
  useTownshipHistory,
  type Title,
  type TownshipHistoryRound,
} from '../api/townshipHistory';

/** The township's history across rounds: nominations and verdicts, titles and revocations. */
export function TownshipHistorySection({ townshipId }: { townshipId: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const history = useTownshipHistory(townshipId);
  const mayRevoke = can(useCurrentUser()?.role, 'revokeTitles');
  return (
    <section aria-labelledby={headingId} style={{ marginTop: 24 }}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
        {t('township.history.title')}
      </Typography.Title>
      <QueryProblem query={history} />
      {history.isPending && <Spin description={t('common.loading')} />}
      {history.data && (
        <>
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('township.history.rounds')}
          </Typography.Title>
          {history.data.rounds.length === 0 ? (
            <p>{t('township.history.noRounds')}</p>
          ) : (
            <ul className="township-history-rounds">
              {history.data.rounds.map((r) => (
                <li key={r.nominationId}>
                  <RoundLine round={r} />
                </li>
              ))}
            </ul>
          )}
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('township.history.titles')}
          </Typography.Title>
          {history.data.titles.length === 0 ? (
            <p>{t('township.history.noTitles')}</p>
          ) : (
            history.data.titles.map((title) => (
              <TitleView
                key={title.id}
                title={title}
                mayRevoke={mayRevoke}
                townshipId={townshipId}
              />
            ))
          )}
        </>
      )}
    </section>
  );
}

function RoundLine({ round: r }: { round: TownshipHistoryRound }) {
  const { t } = useTranslation();
  const latest = r.verdicts[0];
  return (
    <>
      {t('township.history.roundLine', {
        year: r.roundYear,
        state: t(`nominations.state.${r.nominationState}`),
      })}
      {r.provincialCandidate && ` · ${t('township.history.provincialCandidate')}`}
      {latest && (
        <>
          {' · '}
          {t('township.history.verdictLine', {
            decision: t(`township.history.decision.${latest.decision}`),
            status: t(`township.history.verdictStatus.${latest.status}`),
          })}
          {latest.documentNumber && ` · ${latest.documentNumber}`}
          {latest.correctionReason &&
            ` · ${t('township.history.corrected', { reason: latest.correctionReason })}`}
        </>
      )}
    </>
  );
}

function TitleView({
  title,
  mayRevoke,
  townshipId,
}: {
  title: Title;
  mayRevoke: boolean;
  townshipId: number;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const items: NonNullable<DescriptionsProps['items']> = [
    {
      key: 'state',
      label: t('township.history.state'),
      children: (
        <StatusTag tone={title.state === 'ACTIVE' ? 'positive' : 'negative'}>
          {t(`township.history.titleState.${title.state}`)}
        </StatusTag>
      ),
    },
    {
      key: 'named',
      label: t('township.history.namedBy'),
      children: `${title.documentNumber} · ${title.namedOn}`,
    },
  ];
  if (title.state === 'REVOKED') {
    items.push(
      {
        key: 'revoked',
        label: t('township.history.revokedBy'),
        children: `${title.revocationDocumentNumber ?? ''} · ${title.revokedOn ?? ''}`,
      },
      {
        key: 'reason',
        label: t('township.history.revocationReason'),
        children: title.revocationReason ?? '',
      },
    );
  }
  return (
    <div style={{ marginBottom: 16 }}>
      <Descriptions
        bordered
        size="small"
        column={1}
        title={t('township.history.titleOf', { year: title.roundYear })}
        extra={
          mayRevoke && title.state === 'ACTIVE' ? (
            <Button
              danger
              onClick={() => {
                setOpen(true);
              }}
            >
              {t('township.history.revoke')}
            </Button>
          ) : undefined
        }
        items={items}
      />
      {open && (
        <RevokeDialog
          title={title}
          townshipId={townshipId}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}

interface RevokeValues {
  reason: string;
  documentNumber: string;
  revokedOn: Dayjs;
}

const REVOKE_FIELDS = ['reason', 'documentNumber', 'revokedOn'] as const;

/** Asks for the reason, the revoking document (文号) and its date, and says what will happen. */
function RevokeDialog({
  title,
  townshipId,
  onClose,
}: {
  title: Title;
  townshipId: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RevokeValues>();
  const { error, save } = useFormSave(form, REVOKE_FIELDS);
  const revoke = useRevokeTitle();
  const today = todayInShanghai();
  const year = Number(today.slice(0, 4));

  const submit = async (values: RevokeValues) => {
    const check = checkDocumentNumber(values.documentNumber, year);
    await save(async () => {
      await revoke.mutateAsync({
        titleId: title.id,
        townshipId,
        input: {
          reason: values.reason.trim(),
          documentNumber: check.ok ? check.normalised : values.documentNumber.trim(),
          revokedOn: values.revokedOn.format('YYYY-MM-DD'),
        },
      });
      void message.success(t('township.history.revoked', { name: title.townshipName }));
      onClose();
    });
  };

  return (
    <Modal
      open
      title={t('township.history.revokeTitle')}
      okText={t('township.history.revoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={revoke.isPending}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <p>
        {t('township.history.revokeBody', {
          name: title.townshipName,
          document: title.documentNumber,
        })}
      </p>
      <Form<RevokeValues>
        form={form}
        name="revoke-title"
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="reason"
          label={t('township.history.revocationReason')}
          rules={[
            { required: true, whitespace: true, message: t('township.history.reasonRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item
          name="documentNumber"
          label={t('township.history.revocationDocument')}
          extra={t('township.history.documentHint')}
          validateTrigger={['onChange', 'onBlur']}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('township.history.documentRequired'),
            },
            {
              validator: (_rule, value: unknown) => {
                if (typeof value !== 'string' || value.trim() === '') return Promise.resolve();
                const check = checkDocumentNumber(value, year);
                return check.ok
                  ? Promise.resolve()
                  : Promise.reject(new Error(t(`township.history.document.${check.problem}`)));
              },
            },
          ]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="revokedOn"
          label={t('township.history.revokedOn')}
          rules={[{ required: true, message: t('township.history.revokedOnRequired') }]}
        >
          <DatePicker
            disabledDate={(d) => {
              const day = d.format('YYYY-MM-DD');
              return day > today || day < title.namedOn;
            }}
          />
        </Form.Item>
      </Form>
      <FormProblem error={error} fields={REVOKE_FIELDS} />
    </Modal>
  );
}
