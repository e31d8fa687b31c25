import { App } from 'antd';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';

export interface LeaveGuardTexts {
  title: string;
  body: string;
  leave: string;
  stay: string;
}

/**
 * While `dirty`, leaving the page (a link, Back, closing the tab) asks first, so unsaved work
 * such as a long text is not lost by one click.
 */
export function useLeaveGuard(dirty: boolean, texts: LeaveGuardTexts): void {
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  const { title, body, leave, stay } = texts;

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title,
      content: body,
      okText: leave,
      cancelText: stay,
      okButtonProps: { danger: true },
      onOk: () => {
        blocker.proceed();
      },
      onCancel: () => {
        blocker.reset();
      },
    });
  }, [blocker, modal, title, body, leave, stay]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty]);
}
