import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

interface ConfirmDeleteButtonProps {
  /** The item's name, shown in the question and in the button's accessible name. */
  name: string;
  onConfirm: () => Promise<unknown>;
  onDeleted?: () => void;
  variant?: 'link' | 'default';
}

/**
 * A delete button that asks first, naming the item. A refusal (409 while still referenced) keeps
 * the dialog open and shows the server's explanation.
 */
export function ConfirmDeleteButton({
  name,
  onConfirm,
  onDeleted,
  variant = 'link',
}: ConfirmDeleteButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    setOpen(false);
    setError(null);
  };

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
      void message.success(t('confirmDelete.deleted', { name }));
      onDeleted?.();
    } catch (e: unknown) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button
        type={variant}
        danger
        size={variant === 'link' ? 'small' : 'middle'}
        icon={variant === 'default' ? <DeleteOutlined aria-hidden /> : undefined}
        aria-label={t('common.deleteItem', { name })}
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('common.delete')}
      </Button>
      <Modal
        open={open}
        title={t('confirmDelete.title')}
        okText={t('confirmDelete.ok')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        confirmLoading={pending}
        onOk={() => void confirm()}
        onCancel={close}
        destroyOnHidden
      >
        <p>{t('confirmDelete.body', { name })}</p>
        {error !== null && <ProblemAlert error={error} />}
      </Modal>
    </>
  );
}
