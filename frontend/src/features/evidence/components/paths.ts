import type { TFunction } from 'i18next';
import type { Crumb } from '../../../components/PageHeader';
import type { Nomination } from '../api/types';

/** The evidence workspace of a nomination, or one indicator's evidence in it. */
export function evidencePath(nominationId: number, indicatorCode?: string): string {
  const base = `/nominations/${String(nominationId)}/evidence`;
  return indicatorCode === undefined ? base : `${base}/${encodeURIComponent(indicatorCode)}`;
}

/** 创建对象 › township › 佐证材料 (the last one a link only below the workspace). */
export function nominationCrumbs(t: TFunction, n: Nomination, linkEvidence = false): Crumb[] {
  return [
    { label: t('nav.nominations'), to: `/nominations?round=${String(n.roundId)}` },
    { label: n.townshipName, to: `/nominations/${String(n.id)}` },
    linkEvidence
      ? { label: t('evidence.title'), to: evidencePath(n.id) }
      : { label: t('evidence.title') },
  ];
}
