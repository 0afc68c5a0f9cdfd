import type { Locale } from '@chitieu/shared';
import { normalizeCountText } from '../../../lib/counts';
import type { Message } from './report-model';

/** One count of one hamlet: the input, and its problem below it in the user's language. */
export function CountCell({
  id,
  row,
  col,
  label,
  value,
  problem,
  language,
  onChange,
  onLeave,
}: {
  id: string;
  row: number;
  col: number;
  label: string;
  value: string;
  problem: Message | undefined;
  language: Locale;
  onChange(text: string): void;
  onLeave(): void;
}) {
  return (
    <div className="count-cell">
      <input
        id={id}
        className={problem ? 'input count-input invalid' : 'input count-input'}
        data-row={row}
        data-col={col}
        value={value}
        inputMode="numeric"
        autoComplete="off"
        enterKeyHint="next"
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          const normalized = normalizeCountText(value, language);
          if (normalized !== value) onChange(normalized);
          onLeave();
        }}
      />
      {problem && (
        <div id={`${id}-problem`} className="cell-problem" role="alert">
          {problem[language]}
        </div>
      )}
    </div>
  );
}
