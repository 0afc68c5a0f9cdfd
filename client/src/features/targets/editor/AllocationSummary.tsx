import { formatCount, type Locale } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';

/** The parent's target against the sum of the grid, live: unallocated, over-allocated or exact. */
export function AllocationSummary({
  target,
  allocated,
  unallocated,
  language,
}: {
  target: number;
  allocated: number;
  unallocated: number;
  language: Locale;
}) {
  const { t } = useTranslation('targets');
  const state = unallocated === 0 ? 'exact' : unallocated > 0 ? 'unallocated' : 'over';
  return (
    <dl className={`allocation allocation-${state}`} data-testid="allocation" aria-live="polite">
      <div>
        <dt>{t('alloc.allocated')}</dt>
        <dd data-testid="allocated">
          {formatCount(allocated, language)} / {formatCount(target, language)}
        </dd>
      </div>
      <div className="allocation-remainder">
        <dt>{t(`alloc.${state}`)}</dt>
        <dd data-testid="unallocated">{state === 'exact' ? '✓' : formatCount(Math.abs(unallocated), language)}</dd>
      </div>
    </dl>
  );
}
