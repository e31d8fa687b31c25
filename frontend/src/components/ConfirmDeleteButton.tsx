import { DeleteOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from './ConfirmActionButton';

interface ConfirmDeleteButtonProps {
  /** The item's name, shown in the question and in the button's accessible name. */
  name: string;
  /** What the deletion would meet or take with it (counts of what still refers to the item). */
  consequence?: ReactNode;
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
  consequence,
  onConfirm,
  onDeleted,
  variant = 'link',
}: ConfirmDeleteButtonProps) {
  const { t } = useTranslation();
  return (
    <ConfirmActionButton
      label={t('common.delete')}
      ariaLabel={t('common.deleteItem', { name })}
      title={t('confirmDelete.title')}
      body={
        <>
          <p>{t('confirmDelete.body', { name })}</p>
          {consequence}
        </>
      }
      okText={t('confirmDelete.ok')}
      doneMessage={t('confirmDelete.deleted', { name })}
      danger
      type={variant}
      size={variant === 'link' ? 'small' : 'middle'}
      icon={variant === 'default' ? <DeleteOutlined aria-hidden /> : undefined}
      onConfirm={onConfirm}
      onDone={() => {
        onDeleted?.();
      }}
    />
  );
}
