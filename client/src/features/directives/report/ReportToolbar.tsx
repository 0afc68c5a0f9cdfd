import { formatDate, type IsoDate } from '@chitieu/shared';
import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineFieldsFragment, ReportLevel } from '../../../gql/graphql';
import { parseViDate } from '../../../lib/dates';
import { Codicon } from '../../../workbench/Codicon';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { StateBadge } from '../../units';
import { readServerErrors } from '../form/server-errors';
import { FileReportMutation } from '../operations/file-report';
import type { LineRef } from '../refs';
import { reportCsvUrl } from './report-format';

export interface ReportParams {
  asOf: IsoDate;
  level: ReportLevel;
}

interface Props {
  lineRef: LineRef;
  line: LineFieldsFragment | null;
  params: ReportParams | null;
  view: 'live' | 'filed';
  ready: boolean;
  onGenerate(params: ReportParams): void;
  onView(view: 'live' | 'filed'): void;
}

/** Date and level of the report, then print, CSV and "file the report". */
export function ReportToolbar({ lineRef, line, params, view, ready, onGenerate, onView }: Props) {
  const wb = useWorkbench();
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const [date, setDate] = useState('');
  const [level, setLevel] = useState<ReportLevel>('DISTRICT');
  const [invalid, setInvalid] = useState(false);
  const [file, { loading: filing }] = useMutation(FileReportMutation, { refetchQueries: 'active' });
  useEffect(() => {
    if (params) {
      setDate(formatDate(params.asOf));
      setLevel(params.level);
    }
  }, [params]);

  const generate = (event: FormEvent) => {
    event.preventDefault();
    const asOf = parseViDate(date);
    setInvalid(!asOf);
    if (asOf) onGenerate({ asOf, level });
  };
  const fileReport = async () => {
    if (!params || !line) return;
    const answer = await wb.dialogs.ask(
      t('file.question', { date: formatDate(params.asOf) }),
      [
        { id: 'file', label: t('file.confirm'), primary: true },
        { id: 'cancel', label: t('common.cancel') },
      ],
      'cancel',
      t('file.detail', { number: lineRef.task, name: line.assignee.name }),
    );
    if (answer !== 'file') return;
    try {
      await file({
        variables: {
          input: {
            directive: lineRef.number,
            issuer: lineRef.issuer,
            task: lineRef.task,
            assignee: lineRef.assignee,
            asOf: params.asOf,
            level: params.level,
          },
        },
      });
      wb.notifications.info(t('file.done', { date: formatDate(params.asOf), name: line.assignee.name }));
      onView('filed');
    } catch (error) {
      wb.notifications.error(t('file.failed'), readServerErrors(error, language).message);
    }
  };

  return (
    <div className="dir-report-toolbar" role="toolbar" aria-label={t('report.toolbar')}>
      <form className="dir-report-params" onSubmit={generate}>
        <label>
          <span>{t('report.asOf')}</span>
          <input
            className="input dir-report-date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            placeholder="dd/mm/yyyy"
            aria-invalid={invalid}
          />
        </label>
        <label>
          <span>{t('report.level')}</span>
          <select
            className="select"
            value={level}
            onChange={(e) => setLevel(e.target.value === 'COMMUNE' ? 'COMMUNE' : 'DISTRICT')}
          >
            <option value="DISTRICT">{t('report.levels.DISTRICT')}</option>
            <option value="COMMUNE">{t('report.levels.COMMUNE')}</option>
          </select>
        </label>
        <button type="submit" className="button primary">
          {t('report.generate')}
        </button>
        {invalid && (
          <span className="dir-field-error" role="alert">
            {t('update.badDate')}
          </span>
        )}
      </form>
      <div className="dir-report-actions">
        <button
          type="button"
          className="button secondary"
          disabled={!ready && view === 'live'}
          onClick={() => window.print()}
        >
          <Codicon name="file-pdf" /> {t('report.print')}
        </button>
        {params && view === 'live' && (
          <a className="button secondary" href={reportCsvUrl({ ...lineRef, ...params })} download>
            <Codicon name="cloud-download" /> {t('report.csv')}
          </a>
        )}
        {line?.canUpdate && view === 'live' && (
          <button
            type="button"
            className="button primary"
            disabled={!ready || filing}
            onClick={() => void fileReport()}
          >
            {t('report.file')}
          </button>
        )}
        <button type="button" className="link-button" onClick={() => onView(view === 'live' ? 'filed' : 'live')}>
          {t(view === 'live' ? 'report.showFiled' : 'report.showLive')}
        </button>
        {line && (
          <span className="dir-report-line-state">
            {line.assignee.name} <StateBadge state={line.state} />
          </span>
        )}
      </div>
    </div>
  );
}
