import type { ReactNode } from 'react';

interface PanelProps {
  /** The panel's heading (an <h2> unless `level` says otherwise). */
  title?: ReactNode;
  level?: 2 | 3;
  /** Controls at the heading's end (a link, a button). */
  extra?: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * A card-like box for the first screens (overview, sign-in). It looks like antd's Card, which
 * brings Tabs and its dropdown menus along (about 20 KB gzipped) even when no tab is used.
 */
export function Panel({ title, level = 2, extra, className, children }: PanelProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={className ? `panel ${className}` : 'panel'}>
      {(title !== undefined || extra !== undefined) && (
        <div className="panel-head">
          {title !== undefined && <Heading className="panel-title">{title}</Heading>}
          {extra !== undefined && <div className="panel-extra">{extra}</div>}
        </div>
      )}
      <div className="panel-body">{children}</div>
    </section>
  );
}
