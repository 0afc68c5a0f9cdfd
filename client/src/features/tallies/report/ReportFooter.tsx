import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import { rowsWithProblems } from './report-model';
import type { ReportDraftState } from './use-report-draft';

/** What the save will send, and the save and revert buttons; it stays in view at the bottom. */
export function ReportFooter({
  state,
  saving,
  disabled,
  saveButton,
  onSave,
}: {
  state: ReportDraftState;
  saving: boolean;
  disabled: boolean;
  saveButton: RefObject<HTMLButtonElement | null>;
  onSave(): void;
}) {
  const { t } = useTranslation('tallies');
  const changed = state.checks.filter((check) => check.changed).length;
  const problems = rowsWithProblems(state.checks).length;
  return (
    <footer className="report-footer">
      <span className="report-summary" aria-live="polite">
        {state.dirty ? t('report.pending', { count: changed }) : t('report.clean')}
        {problems > 0 && state.dirty && (
          <span className="report-summary-problems"> · {t('report.problems', { count: problems })}</span>
        )}
      </span>
      <div className="report-actions">
        <button type="button" className="button secondary" disabled={!state.dirty || saving} onClick={state.reset}>
          {t('report.revert')}
        </button>
        <button
          ref={saveButton}
          type="button"
          className="button primary"
          disabled={disabled || saving || !state.dirty}
          onClick={onSave}
          title={t('report.saveTitle')}
        >
          {saving ? <Codicon name="loading" spin /> : <Codicon name="save" />} {t('report.save')}
        </button>
      </div>
    </footer>
  );
}
