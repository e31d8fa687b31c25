import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHref, useNavigate } from 'react-router';

/** The nomination page's way here: a link (it opens a page) that looks like a button. */
export function DossierLink({ nominationId }: { nominationId: number }) {
  const { t } = useTranslation();
  const to = `/nominations/${String(nominationId)}/dossier`;
  const href = useHref(to);
  const navigate = useNavigate();
  return (
    <Button
      href={href}
      icon={<PrinterOutlined aria-hidden />}
      onClick={(event) => {
        // A new tab or window keeps the browser's own handling.
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        void navigate(to);
      }}
    >
      {t('nominations.dossier.open')}
    </Button>
  );
}
