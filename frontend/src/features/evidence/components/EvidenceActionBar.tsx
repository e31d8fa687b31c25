import { Alert, App, Button, Flex, Form, Input, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { useFormSave } from '../../../components/useFormSave';
import { useEvidenceAction, type ReviewStep } from '../api/evidenceActions';
import type { EvidenceItem } from '../api/types';

const ORDER: readonly ReviewStep[] = ['SUBMIT', 'APPROVE', 'ACCEPT', 'RETURN'];
const REASON_FIELDS = ['reason'] as const;
export const REASON_MAX_LENGTH = 1000;

interface EvidenceActionBarProps {
  item: EvidenceItem;
  etag: string;
  /** The editor holds changes not saved yet: submitting would send the saved revision. */
  dirty: boolean;
  /** Reloads the item after a refusal that made the page stale (412). */
  onReload: () => void;
}

/** Exactly the review steps the server offers this caller now (`allowedActions`), each confirmed. */
export function EvidenceActionBar({ item, etag, dirty, onReload }: EvidenceActionBarProps) {
  const offered = ORDER.filter((a) => item.allowedActions.includes(a));
  if (offered.length === 0) return null;
  return (
    <Flex wrap gap="small">
      {offered.map((action) => (
        <ReviewStepButton
          key={action}
          action={action}
          item={item}
          etag={etag}
          dirty={dirty}
          onReload={onReload}
        />
      ))}
    </Flex>
  );
}

function ReviewStepButton({
  action,
  item,
  etag,
  dirty,
  onReload,
}: { action: ReviewStep } & EvidenceActionBarProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const type: ButtonProps['type'] = action === 'RETURN' ? 'default' : 'primary';
  return (
    <>
      <Button
        type={type}
        danger={action === 'RETURN'}
        size="large"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t(`evidence.actions.${action}.label`)}
      </Button>
      {open && (
        <ReviewStepDialog
          action={action}
          item={item}
          etag={etag}
          dirty={dirty}
          onReload={onReload}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

function ReviewStepDialog({
  action,
  item,
  etag,
  dirty,
  onReload,
  onClose,
}: { action: ReviewStep; onClose: () => void } & EvidenceActionBarProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const { error, save } = useFormSave(form, REASON_FIELDS);
  const act = useEvidenceAction();
  const key = `evidence.actions.${action}` as const;
  const name = `${item.indicatorCode} ${item.title}`;

  const confirm = async (values: { reason?: string }) => {
    await save(async () => {
      const request = {
        nominationId: item.nominationId,
        indicatorCode: item.indicatorCode,
        etag,
      };
      await act.mutateAsync(
        action === 'RETURN'
          ? { ...request, action, reason: values.reason?.trim() ?? '' }
          : { ...request, action },
      );
      void message.success(t(`${key}.done`, { name }));
      onClose();
    });
  };

  return (
    <Modal
      open
      title={t(`${key}.title`)}
      okText={t(`${key}.label`)}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: action === 'RETURN' }}
      confirmLoading={act.isPending}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <p>{t(`${key}.body`, { name })}</p>
      {action === 'SUBMIT' && dirty && (
        <Alert
          type="warning"
          showIcon
          title={t('evidence.unsavedWarning')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<{ reason?: string }>
        name={`evidence-${action.toLowerCase()}`}
        form={form}
        layout="vertical"
        onFinish={(values) => void confirm(values)}
      >
        {action === 'RETURN' && (
          <Form.Item
            name="reason"
            label={t('evidence.actions.RETURN.reasonLabel')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('evidence.actions.RETURN.reasonRequired'),
              },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={REASON_MAX_LENGTH}
              showCount
            />
          </Form.Item>
        )}
      </Form>
      <FormProblem
        error={error}
        fields={REASON_FIELDS}
        onReload={() => {
          onClose();
          onReload();
        }}
      />
    </Modal>
  );
}
