import { formatRate } from '@chitieu/shared';
import { useLanguage } from '../../workbench/WorkbenchContext';
import { rateBand } from './rate-band';

/**
 * A rate as a coloured pill: green when done, then teal, amber and red as it falls behind.
 * `undefined` while the figure is being read: an empty pill of the same size.
 */
export function RateBadge({ rate, label }: { rate: number | null | undefined; label?: string }) {
  const language = useLanguage();
  if (rate === undefined) return <span className="rate-badge band-none pending" aria-busy="true" />;
  const text = formatRate(rate, language);
  return (
    <span className={`rate-badge band-${rateBand(rate)}`} aria-label={label ? `${label} ${text}` : undefined}>
      {text}
    </span>
  );
}
