import { formatDate, type IsoDate, type Role } from '@chitieu/shared';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSheetQuery } from '../../../gql/graphql';
import { editorKey } from '../../../workbench/editors/editor-state';
import type { EditorProps } from '../../../workbench/views/contributions';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import type { Campaign } from '../../campaigns';
import { ReportCompleteness } from '../../units';
import { openReport } from '../open-report';
import { reportDateBounds, reportDateProblem } from './report-dates';
import { ReportDateField } from './ReportDateField';
import { ReportFooter } from './ReportFooter';
import { ReportGrid } from './ReportGrid';
import { cellId } from './ReportRow';
import { sheetRows } from './sheet-rows';
import { useFirstEmptyFocus } from './use-first-empty-focus';
import { useReportDraft } from './use-report-draft';
import { useSaveReport } from './use-save-report';

type Props = EditorProps & {
  role: Role;
  data: ReportSheetQuery;
  date: IsoDate;
  today: IsoDate;
  campaign: Campaign;
  reload(): Promise<unknown>;
};

const byCode = <T,>(nodes: ReadonlyArray<{ unit: { code: string } } & T>) =>
  new Map(nodes.map((n) => [n.unit.code, n]));

/** The report of a commune for a date: header with the date, the grid, the save footer. */
export function ReportSheet({
  input,
  groupId,
  setDirty,
  registerSave,
  role,
  data,
  date,
  today,
  campaign,
  reload,
}: Props) {
  const wb = useWorkbench();
  const { t } = useTranslation('tallies');
  const language = useLanguage();
  const saveButton = useRef<HTMLButtonElement>(null);
  const sheet = useRef<HTMLElement>(null);
  const unit = data.unit;
  const rows = useMemo(() => {
    const before = byCode(data.before.nodes);
    const onDate = byCode(data.onDate.nodes);
    const latest = byCode(data.latest.nodes);
    return sheetRows({
      date,
      hamlets: unit.children ?? [],
      lastBefore: new Map([...before].map(([code, n]) => [code, n.lastReportDate ?? null])),
      reportedOn: new Map([...onDate].map(([code, n]) => [code, n.reported])),
      latest: new Map([...latest].map(([code, n]) => [code, n.lastReportDate ?? null])),
    });
  }, [data, date, unit.children]);
  const state = useReportDraft(rows, language);
  const focusCell = (code: string, field: string) =>
    document.getElementById(cellId(code, field === 'unit' ? 'collected' : field))?.focus();
  const { save, saving, banner } = useSaveReport({ campaign: campaign.code, date, language, state, reload, focusCell });
  const bounds = reportDateBounds(role, today, campaign.startDate);
  const dateProblem = reportDateProblem(date, bounds, campaign.startDate);

  useEffect(() => setDirty(state.dirty), [state.dirty, setDirty]);
  useEffect(() => registerSave(save), [registerSave, save]);
  useFirstEmptyFocus(sheet, state.draft !== null);

  const changeDate = (next: IsoDate) => {
    openReport(wb, unit, next);
    if (!state.dirty) void wb.editors.close(groupId, [editorKey(input)]);
  };

  return (
    <article
      ref={sheet}
      className="report-editor"
      aria-labelledby={`report-title-${input.id}`}
      data-testid="report-editor"
      data-code={unit.code}
      data-date={date}
    >
      <header className="report-header">
        <div className="report-heading">
          <h1 id={`report-title-${input.id}`}>{t('report.title', { name: unit.name })}</h1>
          <ReportCompleteness code={unit.code} date={date} />
        </div>
        <ReportDateField date={date} bounds={bounds} campaignStart={campaign.startDate} onChange={changeDate} />
      </header>
      {dateProblem && (
        <p className="view-error" role="alert">
          {t(`date.${dateProblem}`, {
            earliest: formatDate(bounds.earliest),
            today: formatDate(today),
            start: formatDate(campaign.startDate),
          })}
        </p>
      )}
      {banner && (
        <p className="view-error" role="alert" data-testid="report-banner">
          {banner}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('report.noHamlets')}</p>
      ) : (
        <ReportGrid rows={rows} state={state} language={language} onLeaveGrid={() => saveButton.current?.focus()} />
      )}
      <ReportFooter
        state={state}
        saving={saving}
        disabled={dateProblem !== null}
        saveButton={saveButton}
        onSave={() => void save()}
      />
    </article>
  );
}
