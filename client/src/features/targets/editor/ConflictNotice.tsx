import { formatCount, formatDateTime, type Locale } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import type { ConflictChange } from '../targets-model';

/** A stale save: who changed what since the editor loaded, and the two ways forward. */
export function ConflictNotice({
  changes,
  language,
  onReload,
  onDiscard,
}: {
  changes: readonly ConflictChange[];
  language: Locale;
  onReload(): void;
  onDiscard(): void;
}) {
  const { t } = useTranslation('targets');
  const time = (iso: string) => formatDateTime(iso, { seconds: false });
  return (
    <div className="conflict-notice" role="alert" data-testid="conflict">
      <p className="conflict-title">
        <strong>CONFLICT</strong> · {t('conflict.title')}
      </p>
      <ul>
        {changes.map((c, i) => (
          <li key={`${c.unit}-${i}`}>
            {t('conflict.change', {
              name: c.name,
              old: c.oldTarget === null ? '—' : formatCount(c.oldTarget, language),
              new: formatCount(c.newTarget, language),
              by: c.by,
              at: time(c.at),
            })}
          </li>
        ))}
      </ul>
      <div className="form-buttons">
        <button type="button" className="button primary" onClick={onReload}>
          {t('conflict.reload')}
        </button>
        <button type="button" className="button secondary" onClick={onDiscard}>
          {t('conflict.discard')}
        </button>
      </div>
    </div>
  );
}
