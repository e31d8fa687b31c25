import '../auditCodes';
import { useTranslation } from 'react-i18next';

type LooseT = (key: string) => string;

/**
 * The text of an action or object-type code the server writes in the audit trail, in the UI's
 * language; a code this version does not know yet shows as the code itself.
 */
export function useAuditCode(): (group: 'actions' | 'entityTypes', code: string) => string {
  const { t, i18n } = useTranslation();
  return (group, code) => {
    const key = `audit.${group}.${code}`;
    return i18n.exists(key) ? (t as unknown as LooseT)(key) : code;
  };
}
