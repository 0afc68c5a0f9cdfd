import { formatCount, formatDate, isLeaf, type IsoDate, type Level, type Locale } from '@chitieu/shared';
import type { TFunction } from 'i18next';

/** "hôm nay" for the business clock's today, "ngày 14/11/2023" for another date. */
export function whenText(date: IsoDate, today: IsoDate | null, t: TFunction): string {
  return date === today ? t('completeness:today') : t('completeness:on', { date: formatDate(date) });
}

export interface CompletenessFigures {
  communesReported: number;
  communesTotal: number;
  hamletsReported: number;
  hamletsTotal: number;
}

/**
 * The completeness line of a unit: communes for a province or district ("42/57 xã đã báo cáo
 * hôm nay"), hamlets for a commune ("0/10.000 ấp…", counts grouped as the language writes them),
 * reported or not for a hamlet.
 */
export function completenessText(
  level: Level,
  figures: CompletenessFigures,
  when: string,
  t: TFunction,
  language: Locale,
): string {
  const count = (n: number) => formatCount(n, language);
  if (isLeaf(level))
    return t(figures.hamletsReported > 0 ? 'completeness:hamletDone' : 'completeness:hamletMissing', { when });
  if (level === 'COMMUNE')
    return t('completeness:hamlets', {
      reported: count(figures.hamletsReported),
      total: count(figures.hamletsTotal),
      when,
    });
  return t('completeness:communes', {
    reported: count(figures.communesReported),
    total: count(figures.communesTotal),
    when,
  });
}

/** Everyone below reported: every commune (province, district) or every hamlet (commune, hamlet). */
export function isComplete(level: Level, figures: CompletenessFigures): boolean {
  const [reported, total] =
    level === 'COMMUNE' || isLeaf(level)
      ? [figures.hamletsReported, figures.hamletsTotal]
      : [figures.communesReported, figures.communesTotal];
  return total > 0 && reported >= total;
}
