import { formatCount, type Locale } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';

/**
 * The reason for the audit, what the save sends, and the save and revert buttons. A pending split
 * that does not add up to the unit's target is warned of here, before the save (which it allows).
 */
export function TargetsFooter({
  changed,
  unallocated,
  language,
  dirty,
  saving,
  reason,
  onReason,
  onRevert,
  onSave,
}: {
  changed: number;
  /** The unit's target minus the sum of the grid: negative when over-allocated. */
  unallocated: number;
  language: Locale;
  dirty: boolean;
  saving: boolean;
  reason: string;
  onReason(text: string): void;
  onRevert(): void;
  onSave(): void;
}) {
  const { t } = useTranslation('targets');
  const warning =
    dirty && unallocated !== 0
      ? t(unallocated > 0 ? 'warn.unallocated' : 'warn.over', { amount: formatCount(Math.abs(unallocated), language) })
      : null;
  return (
    <footer className="targets-footer" data-toast-avoid="">
      {warning && (
        <p className="split-warning" data-testid="split-warning" role="status">
          <Codicon name="warning" /> {warning}
        </p>
      )}
      <label className="reason-field">
        <span>{t('reason.label')}</span>
        <input
          className="input"
          value={reason}
          maxLength={500}
          placeholder={t('reason.placeholder')}
          onChange={(event) => onReason(event.target.value)}
        />
      </label>
      <div className="targets-actions">
        <span className="muted" aria-live="polite">
          {dirty ? t('pending', { count: changed }) : t('clean')}
        </span>
        <button type="button" className="button secondary" disabled={!dirty || saving} onClick={onRevert}>
          {t('revert')}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!dirty || saving}
          onClick={onSave}
          title={t('saveTitle')}
        >
          {saving ? <Codicon name="loading" spin /> : <Codicon name="save" />} {t('save')}
        </button>
      </div>
    </footer>
  );
}
