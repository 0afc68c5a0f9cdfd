import { formatDate, isLeaf } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../../lib/errors';
import type { EditorProps } from '../../../workbench/views/contributions';
import { MenuButtons } from '../../../workbench/menus/MenuButtons';
import { useWorkbench } from '../../../workbench/WorkbenchContext';
import { useCampaign } from '../../campaigns';
import { UNIT_PRIMARY_MENU } from '../open-unit';
import { UnitAncestorsQuery } from '../operations/unit-ancestors';
import { UnitSummaryQuery } from '../operations/unit-summary';
import { ReportCompleteness } from '../ReportCompleteness';
import { StateBadge } from '../StateBadge';
import { ChildrenTable } from './ChildrenTable';
import { HistoryChart } from './HistoryChart';
import { KpiGrid } from './KpiGrid';
import { ShortfallList } from './ShortfallList';

/** A unit's tab: its figures as of the status-bar date, the units below, the chart, the shortfalls. */
export function UnitEditor({ input }: EditorProps) {
  const wb = useWorkbench();
  const { t } = useTranslation('units');
  const { campaign, asOf } = useCampaign();
  const code = input.id;
  const { data, error } = useQuery(UnitSummaryQuery, {
    variables: { code, campaign: campaign?.code ?? '', asOf },
    skip: !campaign || !asOf,
  });
  const unit = data?.unit;
  // The parent's name tells two tabs of the same name apart ("Ấp 1" of two communes); the breadcrumbs ask the same.
  const parent = useQuery(UnitAncestorsQuery, { variables: { code } }).data?.unit.ancestors.at(-1)?.name;

  useEffect(() => {
    if (unit && unit.name !== input.label) wb.editors.setLabel(`${input.typeId}:${code}`, unit.name);
  }, [unit, input.label, input.typeId, code, wb]);

  useEffect(() => {
    if (parent && parent !== input.description) wb.editors.update(`${input.typeId}:${code}`, { description: parent });
  }, [parent, input.description, input.typeId, code, wb]);

  if (error && !unit?.progress) {
    const kind = errorCode(error);
    const message =
      kind === 'FORBIDDEN'
        ? t('editor.forbidden')
        : kind === 'NOT_FOUND'
          ? t('editor.notFound', { code })
          : t('editor.error', { message: errorMessage(error) });
    return (
      <div className="unit-editor">
        {unit && <h1 className="unit-name">{unit.name}</h1>}
        <p className="view-error" role="alert">
          {message}
        </p>
      </div>
    );
  }
  const progress = unit?.progress;
  if (!unit || !progress || !campaign || !asOf) return <p className="editor-message">{t('editor.loading')}</p>;

  return (
    <article className="unit-editor" aria-labelledby={`unit-title-${code}`} data-testid="unit-editor" data-code={code}>
      <header className="unit-header">
        <h1 className="unit-name" id={`unit-title-${code}`}>
          {unit.name}
        </h1>
        <StateBadge state={progress.state} />
        <span className="muted">
          {t(`level.${unit.level}`)} · {t('editor.code', { code: unit.code })}
          {unit.synthetic ? ` · ${t('editor.synthetic')}` : ''}
        </span>
        <span className="unit-asof muted">{t('editor.asOf', { date: formatDate(progress.asOf) })}</span>
        <ReportCompleteness code={code} className="unit-completeness" />
        <MenuButtons
          menu={UNIT_PRIMARY_MENU}
          args={[{ code: unit.code, name: unit.name, level: unit.level }]}
          context={{ unitLevel: unit.level }}
          label={t('editor.actions')}
          className="unit-actions"
        />
      </header>
      <KpiGrid progress={progress} deadline={campaign.deadline} />
      <div className="unit-sections">
        {(unit.childCount ?? 0) > 0 && (
          <section className="card card-wide" aria-labelledby={`children-${code}`}>
            <h2 id={`children-${code}`}>
              {t('children.title')} <span className="muted">({unit.childCount})</span>
            </h2>
            <ChildrenTable code={code} campaign={campaign.code} asOf={asOf} />
          </section>
        )}
        <section className="card" aria-labelledby={`chart-${code}`}>
          <h2 id={`chart-${code}`}>{t('chart.title')}</h2>
          <HistoryChart code={code} campaign={campaign.code} from={campaign.startDate} asOf={asOf} />
        </section>
        {!isLeaf(unit.level) && (
          <section className="card" aria-labelledby={`shortfalls-${code}`}>
            <h2 id={`shortfalls-${code}`}>{t('shortfalls.title')}</h2>
            <p className="muted small">{t('shortfalls.caption')}</p>
            <ShortfallList code={code} campaign={campaign.code} asOf={asOf} />
          </section>
        )}
      </div>
    </article>
  );
}
