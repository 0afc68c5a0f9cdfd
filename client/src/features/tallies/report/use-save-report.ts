import { useApolloClient } from '@apollo/client/react';
import { formatDate, type IsoDate, type Locale } from '@chitieu/shared';
import { useState } from 'react';
import { i18n } from '../../../i18n/i18n';
import { errorCode, fieldProblems, isNetworkFailure, localizedErrorMessage } from '../../../lib/errors';
import { refreshAll } from '../../../lib/refresh';
import { useWorkbench } from '../../../workbench/WorkbenchContext';
import { RecordTalliesMutation } from '../operations/record-tallies';
import { reportsToSave, rowsWithProblems } from './report-model';
import type { ReportDraftState } from './use-report-draft';

/** A conflict cell's value on record (extensions.fields[].stored), null when none. */
const storedOf = (problem: object): number | null => {
  const stored = (problem as { stored?: unknown }).stored;
  return typeof stored === 'number' ? stored : null;
};

/**
 * Saving a day's report: the client's checks first (problems show on their cells, nothing is
 * sent), then one recordTallies call naming the reports the sheet showed; the server's per-cell
 * problems come back onto the cells (a CONFLICT shows the saved and the typed value on each), any
 * other refusal shows above the grid. After a save every open view refreshes.
 */
export function useSaveReport(options: {
  campaign: string;
  date: IsoDate;
  language: Locale;
  state: ReportDraftState;
  reload: () => Promise<unknown>;
  focusCell: (code: string, field: string) => void;
}) {
  const wb = useWorkbench();
  const client = useApolloClient();
  const [saving, setSaving] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const t = i18n.getFixedT(options.language, 'tallies');

  /** Saves; answers false when nothing was saved (the problems are on the cells or above the grid). */
  const save = async (): Promise<boolean> => {
    const { state, campaign, date, language } = options;
    if (saving || !state.draft) return false;
    state.setAttempted(true);
    const bad = rowsWithProblems(state.checks);
    const first = bad[0];
    if (first) {
      setBanner(t('report.fixFirst', { count: bad.length }));
      options.focusCell(first.code, Object.keys(first.problems)[0] ?? 'collected');
      return false;
    }
    const reports = reportsToSave(state.checks, state.draft);
    if (reports.length === 0) {
      setBanner(null);
      wb.notifications.info(t('report.nothing'));
      return true;
    }
    setSaving(true);
    setBanner(null);
    try {
      const { data } = await client.mutate({
        mutation: RecordTalliesMutation,
        variables: { input: { campaign, date, reports } },
      });
      await options.reload();
      state.reset();
      wb.notifications.info(
        t('report.saved', { count: data?.recordTallies.saved ?? reports.length, date: formatDate(date) }),
      );
      void refreshAll(client).catch(() => undefined);
      return true;
    } catch (error) {
      const problems = fieldProblems(error);
      const conflict = errorCode(error) === 'CONFLICT';
      // Someone saved first: what is on record now becomes what those rows were shown (the next
      // save names it as the report it replaces); what was typed stays, and each cell in conflict
      // shows both values.
      if (conflict) {
        state.rebase(problems.map((p) => ({ unit: p.unit ?? '', field: p.field, stored: storedOf(p) })));
        void options.reload().catch(() => undefined);
      }
      if (problems.length > 0) {
        state.showServerProblems(problems);
        const cell = problems.find((p) => p.unit);
        if (cell?.unit) options.focusCell(cell.unit, cell.field);
      }
      setBanner(
        conflict
          ? t('report.conflict', { count: new Set(problems.map((p) => p.unit)).size })
          : isNetworkFailure(error)
            ? t('report.offline')
            : localizedErrorMessage(error, language),
      );
      return false;
    } finally {
      setSaving(false);
    }
  };

  return { save, saving, banner, setBanner };
}
