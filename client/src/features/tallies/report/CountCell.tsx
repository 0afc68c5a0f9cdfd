import type { Locale } from '@chitieu/shared';
import { normalizeCountText } from '../../../lib/counts';
import { Codicon } from '../../../workbench/Codicon';
import type { Message } from './report-model';

/**
 * One count of one hamlet: the input, and below it its problem, or else its warning (an unusual
 * gain: it does not stop the save), in the user's language.
 */
export function CountCell({
  id,
  row,
  col,
  label,
  value,
  problem,
  warning,
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
  warning?: Message | undefined;
  language: Locale;
  onChange(text: string): void;
  onLeave(): void;
}) {
  return (
    <div className="count-cell">
      <input
        id={id}
        className={problem ? 'input count-input invalid' : warning ? 'input count-input warned' : 'input count-input'}
        data-row={row}
        data-col={col}
        value={value}
        inputMode="numeric"
        autoComplete="off"
        enterKeyHint="next"
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : warning ? `${id}-warning` : undefined}
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
      {!problem && warning && (
        <div id={`${id}-warning`} className="cell-warning" role="status" data-testid="cell-warning">
          <Codicon name="warning" /> {warning[language]}
        </div>
      )}
    </div>
  );
}
