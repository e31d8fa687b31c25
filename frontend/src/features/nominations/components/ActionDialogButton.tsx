import { App, Button, Form, Input, Modal, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { useFormSave } from '../../../components/useFormSave';

const FIELDS = ['reason'] as const;
export const REASON_MAX_LENGTH = 1000;

interface ActionDialogButtonProps {
  label: string;
  title: string;
  body: ReactNode;
  okText: string;
  doneMessage: string;
  /** A written reason the action needs (return, withdraw, not name): its label and error. */
  reason?: { label: string; required: string } | undefined;
  danger?: boolean;
  type?: ButtonProps['type'];
  onConfirm: (reason: string | undefined) => Promise<unknown>;
  /** After the dialog closes without success, e.g. to reload what the refusal made stale. */
  onRefusalClosed?: () => void;
}

/**
 * A button that confirms (and, where needed, asks for a reason) before it acts. A refusal keeps
 * the dialog open with the server's explanation until the user closes it, even when the page
 * behind would no longer offer the action.
 */
export function ActionDialogButton({
  label,
  type = 'default',
  danger = false,
  ...dialog
}: ActionDialogButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        type={type}
        danger={danger}
        onClick={() => {
          setOpen(true);
        }}
      >
        {label}
      </Button>
      {open && (
        <ActionDialog
          {...dialog}
          danger={danger}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

type ActionDialogProps = Omit<ActionDialogButtonProps, 'label' | 'type'> & { onClose: () => void };

function ActionDialog({
  title,
  body,
  okText,
  doneMessage,
  reason,
  danger,
  onConfirm,
  onRefusalClosed,
  onClose,
}: ActionDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const { error, save } = useFormSave(form, FIELDS);
  const [pending, setPending] = useState(false);

  const submit = async (values: { reason?: string }) => {
    setPending(true);
    await save(async () => {
      await onConfirm(values.reason?.trim());
      void message.success(doneMessage);
      onClose();
    });
    setPending(false);
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      confirmLoading={pending}
      onOk={() => {
        form.submit();
      }}
      onCancel={() => {
        onClose();
        if (error !== null) onRefusalClosed?.();
      }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <div style={{ marginBottom: 16 }}>{body}</div>
      <Form<{ reason?: string }>
        name="action"
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        {reason && (
          <Form.Item
            name="reason"
            label={reason.label}
            rules={[{ required: true, whitespace: true, message: reason.required }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={REASON_MAX_LENGTH}
              showCount
            />
          </Form.Item>
        )}
      </Form>
      <FormProblem error={error} fields={FIELDS} />
    </Modal>
  );
}
