import { Space, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import { ConfirmDeleteButton } from './ConfirmDeleteButton';
import { EditButton } from './EditButton';

/** The last column of a record table: the row's actions, side by side (none: an empty cell). */
export function rowActionsColumn<T>(
  title: string,
  actions: (row: T) => ReactNode,
): TableColumnType<T> {
  return {
    key: 'actions',
    title,
    render: (_value: unknown, row: T) => {
      const content = actions(row);
      return content ? (
        <Space size={0} wrap>
          {content}
        </Space>
      ) : null;
    },
  };
}

/** Edit and delete for one row, each naming it ("编辑 广陵区", "删除 广陵区"). */
export function EditDeleteActions({
  name,
  onEdit,
  onDelete,
  deleteConsequence,
}: {
  name: string;
  onEdit: () => void;
  onDelete: () => Promise<unknown>;
  /** Shown in the delete confirmation (see ConfirmDeleteButton). */
  deleteConsequence?: ReactNode;
}) {
  return (
    <>
      <EditButton name={name} onClick={onEdit} />
      <ConfirmDeleteButton name={name} consequence={deleteConsequence} onConfirm={onDelete} />
    </>
  );
}
