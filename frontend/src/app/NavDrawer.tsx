import { Drawer } from 'antd';
import type { ReactNode } from 'react';

interface NavDrawerProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The navigation of a narrow screen, over the page rather than beside it. Its own module, loaded
 * only on narrow screens, so the drawer costs the first screen of a desktop nothing.
 */
export default function NavDrawer({ open, title, onClose, children }: NavDrawerProps) {
  return (
    <Drawer
      placement="left"
      size={260}
      open={open}
      onClose={onClose}
      title={title}
      className="app-drawer"
      styles={{ body: { padding: 0 } }}
    >
      {children}
    </Drawer>
  );
}
