import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../api/getMe';
import { useLogout } from '../api/logout';

/** Who is signed in, and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout();
  if (!me.data) return null;
  const { displayName, role } = me.data;
  return (
    <Flex align="center" gap="small">
      <Typography.Text className="user-name" ellipsis>
        {t('auth.signedInAs', { name: displayName, role: t(`auth.roles.${role}`) })}
      </Typography.Text>
      <Button
        icon={<LogoutOutlined aria-hidden />}
        loading={logout.isPending}
        onClick={() => {
          logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
        }}
      >
        {t('auth.signOut')}
      </Button>
    </Flex>
  );
}
