import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface OneTimeSecretModalProps {
  /** The secret; the modal is open while it is set. Callers drop it on close: it is shown once. */
  secret: string | undefined;
  title: string;
  /** What the secret is, e.g. "张三的初始密码". */
  label: string;
  /** Extra explanation under the warning (e.g. how long a rotated key's old secret works). */
  children?: ReactNode;
  onClose: () => void;
}

/**
 * Shows a one-time password or API key secret with a copy button and a warning that it will not
 * be shown again. Closing needs an explicit click, so it is not dismissed by accident.
 */
export function OneTimeSecretModal({
  secret,
  title,
  label,
  children,
  onClose,
}: OneTimeSecretModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const inputId = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret ?? '');
      setCopied(true);
      void message.success(t('secret.copied'));
    } catch {
      void message.error(t('secret.copyFailed'));
    }
  };
  return (
    <Modal
      open={secret !== undefined}
      title={title}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button
          type="primary"
          onClick={() => {
            setCopied(false);
            onClose();
          }}
        >
          {t('secret.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('secret.warning')} style={{ marginBottom: 16 }} />
      {children && <div style={{ marginBottom: 16 }}>{children}</div>}
      <label htmlFor={inputId} style={{ display: 'block', marginBottom: 8 }}>
        {label}
      </label>
      <Space.Compact style={{ width: '100%' }}>
        <Input id={inputId} readOnly value={secret ?? ''} style={{ fontFamily: 'monospace' }} />
        <Button
          icon={copied ? <CheckOutlined aria-hidden /> : <CopyOutlined aria-hidden />}
          onClick={() => void copy()}
        >
          {copied ? t('secret.copied') : t('secret.copy')}
        </Button>
      </Space.Compact>
    </Modal>
  );
}
