import { formatDate, type IsoDate } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/errors';
import { useStore } from '../../../workbench/state/store';
import type { EditorProps } from '../../../workbench/views/contributions';
import { useWorkbench } from '../../../workbench/WorkbenchContext';
import { useCampaign } from '../../campaigns';
import { DirectiveReportQuery } from '../operations/directive-report';
import { TaskLinesQuery } from '../operations/task-lines';
import { parseLineId } from '../refs';
import { FiledReportView } from './FiledReportView';
import { PrintPortal } from './PrintPortal';
import { ReportDocument } from './ReportDocument';
import { ReportToolbar, type ReportParams } from './ReportToolbar';
import './report.css';

/** The report of a REPORT_BY line: generated as of a date, printable on A4, as CSV, and filed. */
export function ReportEditor({ input, groupId }: EditorProps) {
  const wb = useWorkbench();
  const { t } = useTranslation('directives');
  const { asOf, today } = useCampaign();
  const ref = parseLineId(input.id);
  const activeGroup = useStore(wb.editors.store, (s) => s.activeGroupId) === groupId;
  const [params, setParams] = useState<ReportParams | null>(null);
  const [view, setView] = useState<'live' | 'filed'>('live');
  useEffect(() => {
    if (!params && asOf) setParams({ asOf, level: 'DISTRICT' });
  }, [params, asOf]);

  const { data: lines } = useQuery(TaskLinesQuery, {
    variables: { number: ref?.number ?? '', issuer: ref?.issuer ?? null, task: ref?.task ?? 0, asOf: today },
    skip: !ref || !today,
  });
  const line = lines?.directive.task?.assignments.find((l) => l.assignee.code === ref?.assignee) ?? null;
  const { data, error, loading } = useQuery(DirectiveReportQuery, {
    variables: {
      directive: ref?.number ?? '',
      issuer: ref?.issuer ?? null,
      task: ref?.task ?? 0,
      assignee: ref?.assignee ?? null,
      asOf: params?.asOf ?? null,
      level: params?.level ?? null,
    },
    skip: !ref || !params || view !== 'live',
  });
  if (!ref)
    return (
      <p className="view-error" role="alert">
        {t('editor.badId')}
      </p>
    );

  const documentDate: IsoDate | null = today;
  let doc: ReactElement | null = null;
  if (view === 'live' && data && documentDate) {
    doc = (
      <ReportDocument
        report={data.directiveReport}
        date={documentDate}
        note={t('doc.generated', { today: formatDate(documentDate), asOf: formatDate(data.directiveReport.asOf) })}
      />
    );
  }

  return (
    <div className="dir-report-editor" data-testid="directive-report-editor">
      <ReportToolbar
        lineRef={ref}
        line={line}
        params={params}
        view={view}
        onGenerate={(next) => {
          setParams(next);
          setView('live');
        }}
        onView={setView}
        ready={Boolean(doc)}
      />
      <div className="dir-report-canvas">
        {view === 'filed' && line ? (
          <FiledReportView lineRef={ref} unit={line.unit} activeGroup={activeGroup} />
        ) : error && !data ? (
          <p className="view-error" role="alert">
            {t('report.error', { message: errorMessage(error) })}
          </p>
        ) : doc && !loading ? (
          <div className="dir-report-paper">{doc}</div>
        ) : (
          <p className="editor-message">{t('report.loading')}</p>
        )}
      </div>
      {activeGroup && view === 'live' && doc && <PrintPortal>{doc}</PrintPortal>}
    </div>
  );
}
