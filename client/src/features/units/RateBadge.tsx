import { formatRate } from '@chitieu/shared';
import { useLanguage } from '../../workbench/WorkbenchContext';
import { rateBand } from './rate-band';

/** A rate as a coloured pill: green when done, then teal, amber and red as it falls behind. */
export function RateBadge({ rate, label }: { rate: number | null; label?: string }) {
  const language = useLanguage();
  const text = formatRate(rate, language);
  return (
    <span className={`rate-badge band-${rateBand(rate)}`} aria-label={label ? `${label} ${text}` : undefined}>
      {text}
    </span>
  );
}
