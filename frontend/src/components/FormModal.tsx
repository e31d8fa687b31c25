import { Modal, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

interface RecordQuery {
  isPending: boolean;
  isFetching: boolean;
  isSuccess: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

interface FormModalProps {
  open: boolean;
  title: string;
  onClose: () => void;
  /** The record being edited, loaded afresh for its ETag; absent when creating. */
  record?: RecordQuery | undefined;
  /** The form, shown once the record (if any) has loaded. */
  children: ReactNode;
  /** For forms wider than the default dialog (lists of fields). */
  width?: number;
}

/** A dialog holding a create or edit form; an edit waits for the record first. */
export function FormModal({ open, title, onClose, record, children, width }: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {record?.isError && (
        <ProblemAlert error={record.error} onRetry={() => void record.refetch()} />
      )}
      {record && (record.isPending || record.isFetching) && !record.isError && (
        <Spin description={t('common.loading')}>
          <div style={{ minHeight: 120 }} />
        </Spin>
      )}
      {(!record || (record.isSuccess && !record.isFetching)) && children}
    </Modal>
  );
}
