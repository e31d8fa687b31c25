import { App, Button, Form, Input, Modal, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { useFormSave } from '../../../components/useFormSave';

const FIELDS = ['reason'] as const;
export const REASON_MAX_LENGTH = 1000;

interface ReasonActionButtonProps {
  label: string;
  title: string;
  body: ReactNode;
  okText: string;
  /** The reason field's label, e.g. "退回原因". */
  reasonLabel: string;
  reasonRequired: string;
  doneMessage: string;
  danger?: boolean;
  type?: ButtonProps['type'];
  onConfirm: (reason: string) => Promise<unknown>;
}

/**
 * A button that asks for a written reason before it acts (return, withdraw, not name). A refusal
 * keeps the dialog open with the server's explanation, the reason under its field.
 */
export function ReasonActionButton({
  label,
  title,
  body,
  okText,
  reasonLabel,
  reasonRequired,
  doneMessage,
  danger = false,
  type = 'default',
  onConfirm,
}: ReasonActionButtonProps) {
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
        <ReasonDialog
          title={title}
          body={body}
          okText={okText}
          reasonLabel={reasonLabel}
          reasonRequired={reasonRequired}
          doneMessage={doneMessage}
          danger={danger}
          onConfirm={onConfirm}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

type ReasonDialogProps = Omit<ReasonActionButtonProps, 'label' | 'type'> & { onClose: () => void };

function ReasonDialog({
  title,
  body,
  okText,
  reasonLabel,
  reasonRequired,
  doneMessage,
  danger,
  onConfirm,
  onClose,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const { error, save } = useFormSave(form, FIELDS);
  const [pending, setPending] = useState(false);

  const submit = async ({ reason }: { reason: string }) => {
    setPending(true);
    await save(async () => {
      await onConfirm(reason.trim());
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
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <div style={{ marginBottom: 16 }}>{body}</div>
      <Form<{ reason: string }>
        name="reason"
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="reason"
          label={reasonLabel}
          rules={[{ required: true, whitespace: true, message: reasonRequired }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={REASON_MAX_LENGTH}
            showCount
          />
        </Form.Item>
      </Form>
      <FormProblem error={error} fields={FIELDS} />
    </Modal>
  );
}
