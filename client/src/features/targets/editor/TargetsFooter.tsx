import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';

/** The reason for the audit, what the save sends, and the save and revert buttons. */
export function TargetsFooter({
  changed,
  dirty,
  saving,
  reason,
  onReason,
  onRevert,
  onSave,
}: {
  changed: number;
  dirty: boolean;
  saving: boolean;
  reason: string;
  onReason(text: string): void;
  onRevert(): void;
  onSave(): void;
}) {
  const { t } = useTranslation('targets');
  return (
    <footer className="targets-footer">
      <label className="reason-field">
        <span>{t('reason.label')}</span>
        <input className="input" value={reason} maxLength={500} placeholder={t('reason.placeholder')} onChange={(event) => onReason(event.target.value)} />
      </label>
      <div className="targets-actions">
        <span className="muted" aria-live="polite">
          {dirty ? t('pending', { count: changed }) : t('clean')}
        </span>
        <button type="button" className="button secondary" disabled={!dirty || saving} onClick={onRevert}>
          {t('revert')}
        </button>
        <button type="button" className="button primary" disabled={!dirty || saving} onClick={onSave} title={t('saveTitle')}>
          {saving ? <Codicon name="loading" spin /> : <Codicon name="save" />} {t('save')}
        </button>
      </div>
    </footer>
  );
}
