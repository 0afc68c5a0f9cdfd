import { useQuery } from '@apollo/client/react';
import type { IsoDate } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../workbench/Codicon';
import { useLanguage } from '../../workbench/WorkbenchContext';
import { useCampaign } from '../campaigns';
import { completenessText, isComplete, whenText } from './completeness-text';
import { UnitCompletenessQuery } from './operations/unit-completeness';
import './completeness-i18n';
import './completeness.css';

/**
 * Who reported below a unit on a date (default: the status-bar date), as one line: "42/57 xã đã
 * báo cáo hôm nay" for a province or district, hamlets for a commune. Nothing while loading.
 */
export function ReportCompleteness({ code, date, className }: { code: string; date?: IsoDate; className?: string }) {
  const { t } = useTranslation('completeness');
  const language = useLanguage();
  const { campaign, asOf, today } = useCampaign();
  const day = date ?? asOf;
  const { data } = useQuery(UnitCompletenessQuery, {
    variables: { code, campaign: campaign?.code ?? '', date: day },
    skip: !campaign || !day,
  });
  const unit = data?.unit;
  const figures = unit?.completeness;
  if (!unit || !figures || !day) return null;
  const complete = isComplete(unit.level, figures);
  return (
    <div
      className={`report-completeness${className ? ` ${className}` : ''}`}
      title={t('title')}
      data-testid="completeness"
    >
      <Codicon name={complete ? 'pass-filled' : 'checklist'} className={complete ? 'completeness-done' : undefined} />
      <span>{completenessText(unit.level, figures, whenText(day, today, t), t, language)}</span>
    </div>
  );
}
