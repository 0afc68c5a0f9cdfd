import { formatCount, formatDate, formatRate, type IsoDate } from '@chitieu/shared';
import { Trans, useTranslation } from 'react-i18next';
import type { ReportFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { dateLine, formatChange, placeOf } from './report-format';
import { ReportLetterhead } from './ReportLetterhead';
import { ReportTasksTable } from './ReportTasksTable';
import { ReportUnitsTable } from './ReportUnitsTable';

/**
 * The report as an administrative document: letterhead, title, addressee, the figures per
 * district (or commune) with the total, the state of every task, and the signature block.
 * The same markup is the on-screen page and the A4 print.
 */
export function ReportDocument({
  report: r,
  date,
  note,
}: {
  report: ReportFieldsFragment;
  date: IsoDate;
  note: string;
}) {
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const count = (n: number) => formatCount(n, language);
  const about = r.directiveTitle.charAt(0).toLocaleLowerCase('vi') + r.directiveTitle.slice(1);
  const hasPrevious = r.previousAsOf !== null && r.previousAsOf !== undefined;

  return (
    <article className="dir-doc" data-testid="report-document" lang={language}>
      <ReportLetterhead body={r.assigneeName} dateLine={dateLine(placeOf(r.total.unitName), date, language)} />
      <h1 className="dir-doc-title">{t('doc.title')}</h1>
      <p className="dir-doc-subtitle">
        <span>
          <Trans
            t={t}
            i18nKey="doc.subtitle"
            values={{ number: r.directiveNumber, date: formatDate(r.issuedDate), issuer: r.issuedBy }}
            components={{ n: <span className="dir-doc-nowrap" /> }}
          />
        </span>
        <span>{t('doc.about', { about })}</span>
      </p>
      <p className="dir-doc-asof">{t('doc.asOf', { date: formatDate(r.asOf) })}</p>
      <p className="dir-doc-to">
        <span>{t('doc.to')}</span> {r.issuedBy}.
      </p>
      <p className="dir-doc-para">
        {t('doc.intro', {
          number: r.directiveNumber,
          date: formatDate(r.issuedDate),
          issuer: r.issuedBy,
          body: r.assigneeName,
        })}
      </p>
      <h2 className="dir-doc-heading">{t('doc.partResults')}</h2>
      <p className="dir-doc-para" data-testid="report-summary">
        {t('doc.summary', {
          name: r.total.unitName,
          collected: count(r.total.collected),
          collectedRate: formatRate(r.total.collectedRate ?? null, language),
          target: count(r.total.target),
          activated: count(r.total.activated),
          activatedRate: formatRate(r.total.activatedRate ?? null, language),
        })}
        {hasPrevious &&
          ` ${t('doc.sincePrevious', {
            date: formatDate(r.previousAsOf ?? r.asOf),
            collected: formatChange(r.total.collectedChange ?? null, language),
            activated: formatChange(r.total.activatedChange ?? null, language),
          })}`}
      </p>
      <p className="dir-doc-caption">{t(r.level === 'COMMUNE' ? 'doc.tableCommunes' : 'doc.tableDistricts')}</p>
      <ReportUnitsTable rows={r.rows} total={r.total} hasPrevious={hasPrevious} />
      <p className="dir-doc-note">{t('doc.rankNote')}</p>
      <h2 className="dir-doc-heading">{t('doc.partTasks')}</h2>
      <ReportTasksTable tasks={r.tasks} />
      <div className="dir-doc-signatures">
        <div className="dir-doc-recipients">
          <p className="dir-doc-bold dir-doc-italic">{t('doc.recipients')}</p>
          <p>- {r.issuedBy};</p>
          <p>{t('doc.archive')}</p>
        </div>
        <div className="dir-doc-signer">
          <p className="dir-doc-bold dir-doc-upper">{t('doc.signerTitle')}</p>
          <p className="dir-doc-italic">{t('doc.signHint')}</p>
        </div>
      </div>
      <p className="dir-doc-footer">{note}</p>
    </article>
  );
}
