import { App, Button, Modal, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

interface ConfirmActionButtonProps<T> {
  /** The visible button text. */
  label: string;
  /** The accessible name when the label alone is ambiguous in a table ("禁用 张三"). */
  ariaLabel?: string;
  title: string;
  body: ReactNode;
  okText: string;
  /** Shown as a message after success; omit when the caller shows the result itself. */
  doneMessage?: string;
  danger?: boolean;
  disabled?: boolean;
  icon?: ReactNode;
  type?: ButtonProps['type'];
  size?: ButtonProps['size'];
  onConfirm: () => Promise<T>;
  onDone?: (result: T) => void;
  /** After the dialog closed without success (cancelled, or refused and then closed). */
  onDismiss?: () => void;
}

/**
 * A button that asks before it acts. A refusal keeps the dialog open with the server's reason.
 */
export function ConfirmActionButton<T>({
  label,
  ariaLabel,
  title,
  body,
  okText,
  doneMessage,
  danger = false,
  disabled = false,
  icon,
  type = 'link',
  size = 'small',
  onConfirm,
  onDone,
  onDismiss,
}: ConfirmActionButtonProps<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    setOpen(false);
    setError(null);
    onDismiss?.();
  };

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      const result = await onConfirm();
      setOpen(false);
      if (doneMessage) void message.success(doneMessage);
      onDone?.(result);
    } catch (e: unknown) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button
        type={type}
        size={size}
        danger={danger}
        icon={icon}
        disabled={disabled}
        aria-label={ariaLabel}
        onClick={() => {
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <Modal
        open={open}
        title={title}
        okText={okText}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger }}
        confirmLoading={pending}
        onOk={() => void confirm()}
        onCancel={close}
        destroyOnHidden
      >
        <div>{body}</div>
        {error !== null && <ProblemAlert error={error} />}
      </Modal>
    </>
  );
}
