import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/Panel';

interface AuthCardProps {
  /** The page's one <h1>. */
  title: string;
  /** Controls above the card (language switch, sign-out). */
  tools: ReactNode;
  children: ReactNode;
}

/** The centred card of the pages shown outside the app shell (sign-in, forced password change). */
export function AuthCard({ title, tools, children }: AuthCardProps) {
  const { t } = useTranslation();
  return (
    <main className="login-page">
      <Flex justify="flex-end" gap="small" style={{ marginBottom: 16 }}>
        {tools}
      </Flex>
      <Panel>
        <Typography.Paragraph strong style={{ fontSize: 16 }}>
          {t('app.title')}
        </Typography.Paragraph>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Panel>
    </main>
  );
}
