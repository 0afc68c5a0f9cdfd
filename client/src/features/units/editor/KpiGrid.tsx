import { formatCount, formatDate, formatPace, formatRate } from '@chitieu/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSummaryQuery } from '../../../gql/graphql';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { rateBand } from '../rate-band';
import { StateBadge } from '../StateBadge';

type Progress = NonNullable<UnitSummaryQuery['unit']['progress']>;

function Kpi({
  label,
  children,
  testId,
  wide,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
}) {
  return (
    <div className={wide ? 'kpi kpi-wide' : 'kpi'} data-testid={testId}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-body">{children}</div>
    </div>
  );
}

function RateBar({ rate }: { rate: number | null }) {
  const width = Math.max(0, Math.min(1, rate ?? 0)) * 100;
  return (
    <div className="rate-bar" aria-hidden="true">
      <div className={`rate-bar-fill band-${rateBand(rate)}`} style={{ width: `${width}%` }} />
    </div>
  );
}

/** The header figures of a unit, as of the status-bar date; every number comes from the API. */
export function KpiGrid({ progress, deadline }: { progress: Progress; deadline: string }) {
  const { t } = useTranslation('units');
  const language = useLanguage();
  const count = (n: number) => formatCount(n, language);
  const pace = (n: number | null) => formatPace(n, language);
  const projected = (date: string | null | undefined, remaining: number) =>
    remaining === 0 ? t('kpi.done') : date ? formatDate(date) : t('kpi.never');
  const { collection, activation } = progress;

  return (
    <div className="kpi-grid">
      <Kpi label={t('kpi.target')} testId="kpi-target">
        <div className="kpi-value" data-testid="kpi-target-value">
          {count(progress.target)}
        </div>
      </Kpi>
      <Kpi label={t('kpi.collected')} testId="kpi-collected">
        <div className="kpi-value">
          <span data-testid="kpi-collected-rate">{formatRate(progress.collectedRate ?? null, language)}</span>
        </div>
        <div className="kpi-sub">{count(progress.collected)}</div>
        <RateBar rate={progress.collectedRate ?? null} />
      </Kpi>
      <Kpi label={t('kpi.activated')} testId="kpi-activated">
        <div className="kpi-value">
          <span data-testid="kpi-activated-rate">{formatRate(progress.activatedRate ?? null, language)}</span>
        </div>
        <div className="kpi-sub">{count(progress.activated)}</div>
        <RateBar rate={progress.activatedRate ?? null} />
      </Kpi>
      <Kpi label={t('kpi.remaining')} testId="kpi-remaining">
        <dl className="kpi-pairs">
          <dt>{t('kpi.collectedShort')}</dt>
          <dd>{count(collection.remaining)}</dd>
          <dt>{t('kpi.activatedShort')}</dt>
          <dd>{count(activation.remaining)}</dd>
        </dl>
      </Kpi>
      <Kpi label={t('kpi.daysLeft')} testId="kpi-days-left">
        <div className="kpi-value">{t('kpi.days', { count: Math.max(0, progress.daysLeft) })}</div>
        <div className="kpi-sub">
          {progress.daysLeft >= 0
            ? t('kpi.deadline', { date: formatDate(deadline) })
            : t('kpi.pastDeadline', { date: formatDate(deadline) })}
        </div>
      </Kpi>
      <Kpi label={t('kpi.paceNeeded')} testId="kpi-pace-needed">
        <dl className="kpi-pairs">
          <dt>{t('kpi.collectedShort')}</dt>
          <dd>{pace(collection.paceNeeded ?? null)}</dd>
          <dt>{t('kpi.activatedShort')}</dt>
          <dd>{pace(activation.paceNeeded ?? null)}</dd>
        </dl>
      </Kpi>
      <Kpi label={t('kpi.recentPace')} testId="kpi-recent-pace">
        <dl className="kpi-pairs">
          <dt>{t('kpi.collectedShort')}</dt>
          <dd>{pace(collection.recentPace)}</dd>
          <dt>{t('kpi.activatedShort')}</dt>
          <dd>{pace(activation.recentPace)}</dd>
        </dl>
      </Kpi>
      <Kpi label={t('kpi.projected')} testId="kpi-projected" wide>
        <dl className="kpi-pairs">
          <dt>{t('kpi.collectedShort')}</dt>
          <dd>
            {projected(collection.projectedCompletion, collection.remaining)} <StateBadge state={collection.state} />
          </dd>
          <dt>{t('kpi.activatedShort')}</dt>
          <dd>
            {projected(activation.projectedCompletion, activation.remaining)} <StateBadge state={activation.state} />
          </dd>
        </dl>
      </Kpi>
    </div>
  );
}
