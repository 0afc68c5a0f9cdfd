import { formatDate } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Level } from '@chitieu/shared';
import { errorMessage } from '../../../lib/errors';
import { LatestFiledReportQuery } from '../operations/filed-report';
import type { LineRef } from '../refs';
import { PrintPortal } from './PrintPortal';
import { ReportDocument } from './ReportDocument';

/** The latest report filed on a line, exactly as it was filed (its snapshot). */
export function FiledReportView({
  lineRef,
  unit,
  activeGroup,
}: {
  lineRef: LineRef;
  unit: { code: string; level: Level };
  activeGroup: boolean;
}) {
  const { t } = useTranslation('directives');
  const { data, error } = useQuery(LatestFiledReportQuery, {
    variables: {
      number: lineRef.number,
      issuer: lineRef.issuer,
      task: lineRef.task,
      unit: unit.code,
      level: unit.level,
    },
  });
  if (error && !data)
    return (
      <p className="view-error" role="alert">
        {t('report.error', { message: errorMessage(error) })}
      </p>
    );
  if (!data) return <p className="editor-message">{t('report.loading')}</p>;
  const node = data.directive.lines.nodes[0];
  const filed = node && node.assignee.code === lineRef.assignee ? node.filedReports[0] : undefined;
  if (!filed) return <p className="editor-message">{t('report.noneFiled')}</p>;
  const doc = (
    <ReportDocument
      report={filed.report}
      date={filed.filedOn}
      note={t('doc.filed', { filedOn: formatDate(filed.filedOn), user: filed.filedBy, asOf: formatDate(filed.asOf) })}
    />
  );
  return (
    <>
      <p className="dir-report-filed-banner" role="status">
        {t('report.filedBanner', {
          filedOn: formatDate(filed.filedOn),
          user: filed.filedBy,
          asOf: formatDate(filed.asOf),
        })}
      </p>
      <div className="dir-report-paper">{doc}</div>
      {activeGroup && <PrintPortal>{doc}</PrintPortal>}
    </>
  );
}
