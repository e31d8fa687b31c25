import { Descriptions, type DescriptionsProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Versioned } from '../lib/api/types';
import { ConfirmDeleteButton } from './ConfirmDeleteButton';
import { EditButton } from './EditButton';
import { formatDateTime } from './format';
import { PageHeader } from './PageHeader';
import { parseId } from './parseId';
import { RecordLoadState, RecordNotFound } from './RecordLoadState';

/** The `:id` of a record route, or "not found" when it is not a record id. */
export function RecordRoute({
  notFoundTitle,
  children,
}: {
  notFoundTitle: string;
  children: (id: number) => ReactNode;
}) {
  const id = parseId(useParams().id);
  if (id === undefined) return <RecordNotFound title={notFoundTitle} />;
  return <>{children(id)}</>;
}

interface RecordQuery<T> {
  isSuccess: boolean;
  isPending: boolean;
  error: unknown;
  data: Versioned<T> | undefined;
  refetch: () => Promise<unknown>;
}

interface RecordPageProps<T extends { name: string; createdAt: string; updatedAt: string }> {
  /** The record with its ETag (the feature's `useX(id)` query). */
  query: RecordQuery<T>;
  notFoundTitle: string;
  /** The page title while the record cannot be shown. */
  errorTitle: string;
  /** The list the record belongs to: the breadcrumb before it, and where a deletion returns. */
  list: { label: string; to: string };
  /** Whether the user may edit and delete it (else neither button is offered). */
  mayManage: boolean;
  /** Deletes the record, sending its ETag. */
  onDelete: (record: Versioned<T>) => Promise<unknown>;
  /** What the deletion would meet, shown in its confirmation. */
  deleteConsequence?: (record: T) => ReactNode;
  /** The record's own fields; creation and update times follow them. */
  fields: (record: T) => NonNullable<DescriptionsProps['items']>;
  /** The edit dialog. */
  editor: (open: boolean, onClose: () => void) => ReactNode;
  /** Sections below the fields. */
  children?: (record: T) => ReactNode;
}

/**
 * A record's page: its name as the title under the list's breadcrumb, edit and delete buttons for
 * who may use them, its fields, then whatever the feature adds. Shows the loading, not-found and
 * problem states until the record has loaded.
 */
export function RecordPage<T extends { name: string; createdAt: string; updatedAt: string }>({
  query,
  notFoundTitle,
  errorTitle,
  list,
  mayManage,
  onDelete,
  deleteConsequence,
  fields,
  editor,
  children,
}: RecordPageProps<T>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);

  if (!query.isSuccess || !query.data) {
    return <RecordLoadState query={query} notFoundTitle={notFoundTitle} errorTitle={errorTitle} />;
  }
  const record = query.data;
  const { value } = record;
  return (
    <>
      <PageHeader
        title={value.name}
        crumbs={[{ label: list.label, to: list.to }, { label: value.name }]}
        extra={
          mayManage && (
            <>
              <EditButton
                variant="default"
                name={value.name}
                onClick={() => {
                  setEditing(true);
                }}
              />
              <ConfirmDeleteButton
                variant="default"
                name={value.name}
                consequence={deleteConsequence?.(value)}
                onConfirm={() => onDelete(record)}
                onDeleted={() => void navigate(list.to)}
              />
            </>
          )
        }
      />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          ...fields(value),
          {
            key: 'createdAt',
            label: t('common.createdAt'),
            children: formatDateTime(value.createdAt),
          },
          {
            key: 'updatedAt',
            label: t('common.updatedAt'),
            children: formatDateTime(value.updatedAt),
          },
        ]}
      />
      {children?.(value)}
      {editor(editing, () => {
        setEditing(false);
      })}
    </>
  );
}
