import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/logout';

/** Ends this session and returns to the sign-in page, even if the server could not be reached. */
export function SignOutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <Button
      icon={<LogoutOutlined aria-hidden />}
      loading={logout.isPending}
      onClick={() => {
        logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
      }}
    >
      {t('auth.signOut')}
    </Button>
  );
}
