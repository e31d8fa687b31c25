import type { CSSProperties, ReactNode } from 'react';

const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** Text for screen readers only, e.g. a label for the second input of a range picker. */
export function VisuallyHidden({
  children,
  as: Tag = 'span',
  htmlFor,
}: {
  children: ReactNode;
  as?: 'span' | 'label';
  htmlFor?: string;
}) {
  return Tag === 'label' ? (
    <label htmlFor={htmlFor} style={HIDDEN}>
      {children}
    </label>
  ) : (
    <span style={HIDDEN}>{children}</span>
  );
}
