import { UserOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../api/getMe';
import { SignOutButton } from './SignOutButton';

/** Who is signed in (linking to their account), and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return null;
  const { displayName, role } = me.data;
  return (
    <Flex align="center" gap="small">
      <Link to="/account" className="user-name">
        <UserOutlined aria-hidden />{' '}
        <span>{t('auth.signedInAs', { name: displayName, role: t(`auth.roles.${role}`) })}</span>
      </Link>
      <SignOutButton />
    </Flex>
  );
}
