import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ReorderableListProps<T> {
  label: string;
  entries: readonly T[];
  keyOf: (entry: T) => string;
  nameOf: (entry: T) => string;
  children: (entry: T, index: number) => ReactNode;
  /** Whether the order may be changed now (else no handles and no buttons). */
  editable: boolean;
  /** Asked to move an entry from one position to another (0-based); the caller confirms it. */
  onMove: (entry: T, from: number, to: number) => void;
}

/**
 * An ordered list whose entries can be dragged to a new place or moved one step with buttons
 * named "上移 X" / "下移 X", so the order can be changed by keyboard and screen reader too.
 */
export function ReorderableList<T>({
  label,
  entries,
  keyOf,
  nameOf,
  children,
  editable,
  onMove,
}: ReorderableListProps<T>) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);

  const drop = (event: DragEvent, to: number) => {
    event.preventDefault();
    const from = dragged ?? Number(event.dataTransfer.getData('text/plain'));
    setDragged(null);
    setOver(null);
    const entry = entries[from];
    if (entry !== undefined && Number.isInteger(from) && from !== to) onMove(entry, from, to);
  };

  return (
    <ol className="ranking-list" aria-label={label}>
      {entries.map((entry, index) => {
        const name = nameOf(entry);
        const classes = ['ranking-entry'];
        if (index === dragged) classes.push('ranking-entry-dragged');
        if (index === over && dragged !== null && dragged !== index)
          classes.push('ranking-entry-over');
        return (
          <li
            key={keyOf(entry)}
            className={classes.join(' ')}
            draggable={editable}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', String(index));
              setDragged(index);
            }}
            onDragEnd={() => {
              setDragged(null);
              setOver(null);
            }}
            onDragOver={(event) => {
              if (!editable) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              setOver(index);
            }}
            onDrop={(event) => {
              if (editable) drop(event, index);
            }}
          >
            <Flex gap="small" align="center" wrap>
              {editable && (
                <span
                  className="ranking-handle"
                  title={t('assessment.ranking.drag', { township: name })}
                  aria-hidden
                >
                  <HolderOutlined />
                </span>
              )}
              <div className="ranking-entry-main">{children(entry, index)}</div>
              {editable && (
                <Flex gap={4}>
                  <Button
                    icon={<ArrowUpOutlined aria-hidden />}
                    aria-label={t('assessment.ranking.moveUp', { township: name })}
                    disabled={index === 0}
                    onClick={() => {
                      onMove(entry, index, index - 1);
                    }}
                  />
                  <Button
                    icon={<ArrowDownOutlined aria-hidden />}
                    aria-label={t('assessment.ranking.moveDown', { township: name })}
                    disabled={index === entries.length - 1}
                    onClick={() => {
                      onMove(entry, index, index + 1);
                    }}
                  />
                </Flex>
              )}
            </Flex>
          </li>
        );
      })}
    </ol>
  );
}
