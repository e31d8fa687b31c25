import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCurrentUser } from '../lib/auth/currentUser';
import { can } from '../lib/auth/permissions';
import { NAV_ITEMS } from './navigation';

/** Plain links in a list: native keyboard behaviour, aria-current on the active page. */
export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const role = useCurrentUser()?.role;
  return (
    <ul className="side-nav">
      {NAV_ITEMS.filter((item) => !item.permission || can(role, item.permission)).map((item) => (
        <li key={item.path}>
          <NavLink to={item.path} end={item.end ?? false} onClick={onNavigate}>
            {item.icon}
            <span>{t(item.label)}</span>
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
