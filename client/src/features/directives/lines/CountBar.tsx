import { formatCount, formatRate } from '@chitieu/shared';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { rateBand } from '../../units';

/** One count against the target: the tally, a bar filled to the rate (capped at 100%), the rate. */
export function CountBar({
  label,
  count,
  target,
  rate,
}: {
  label: string;
  count: number;
  target: number;
  rate: number | null;
}) {
  const language = useLanguage();
  const percent = rate === null ? 0 : Math.max(0, Math.min(1, rate)) * 100;
  const rateText = formatRate(rate, language);
  return (
    <div className="dir-count-bar">
      <div className="dir-count-bar-text">
        <span>
          {formatCount(count, language)}
          <span className="muted"> / {formatCount(target, language)}</span>
        </span>
        <span className="dir-count-bar-rate">{rateText}</span>
      </div>
      <div
        className="dir-count-bar-track"
        role="progressbar"
        aria-label={`${label} ${rateText}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(percent * 100) / 100}
      >
        <span className={`dir-count-bar-fill band-${rateBand(rate)}`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
