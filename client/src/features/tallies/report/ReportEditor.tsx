import { useQuery } from '@apollo/client/react';
import type { IsoDate } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/errors';
import { useSignedInUser } from '../../../lib/signed-in-user';
import type { EditorProps } from '../../../workbench/views/contributions';
import { useCampaign } from '../../campaigns';
import { ReportSheetQuery } from '../operations/report-sheet';
import { parseReportId } from '../open-report';
import { sheetDates } from './report-dates';
import { ReportSheet } from './ReportSheet';

/**
 * A commune's report for one date (one tab per commune and date). Loads the hamlets with what
 * they reported around the date; ReportSheet does the typing and the saving.
 */
export function ReportEditor(props: EditorProps) {
  const { role } = useSignedInUser();
  const { t } = useTranslation('tallies');
  const { campaign, today } = useCampaign();
  const ref = parseReportId(props.input.id);
  const variables =
    ref && campaign && today
      ? { code: ref.code, campaign: campaign.code, date: ref.date, ...sheetDates(ref.date, today, campaign.startDate) }
      : null;
  const { data, error, refetch } = useQuery(ReportSheetQuery, {
    variables: variables!,
    skip: !variables,
    notifyOnNetworkStatusChange: false,
  });

  if (!ref)
    return (
      <p className="view-error" role="alert">
        {t('report.badTab')}
      </p>
    );
  if (error && !data?.unit)
    return (
      <p className="view-error" role="alert">
        {t('report.loadFailed', { message: errorMessage(error) })}
      </p>
    );
  if (!data || !campaign || !today) return <p className="editor-message">{t('report.loading')}</p>;
  if (data.unit.level !== 'COMMUNE')
    return (
      <p className="view-error" role="alert">
        {t('report.notCommune', { name: data.unit.name })}
      </p>
    );
  return (
    <ReportSheet
      {...props}
      role={role}
      data={data}
      date={ref.date as IsoDate}
      today={today}
      campaign={campaign}
      reload={() => refetch()}
    />
  );
}
