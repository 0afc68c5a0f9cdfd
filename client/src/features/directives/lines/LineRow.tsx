import { formatDate, formatRate } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import type { LineFieldsFragment } from '../../../gql/graphql';
import { Codicon } from '../../../workbench/Codicon';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { StateBadge } from '../../units';
import { CountBar } from './CountBar';
import { LinePace } from './LinePace';
import type { TaskSummary } from './TaskSection';

/** The units feature's command that opens a unit's editor ({ code, name }). */
const OPEN_UNIT = 'units.open';

/** One assignee's line: who, by when, how far (both counts, or the latest update), its state. */
export function LineRow({
  line,
  task,
  expanded,
  onToggle,
}: {
  line: LineFieldsFragment;
  task: TaskSummary;
  expanded: boolean;
  onToggle(): void;
}) {
  const wb = useWorkbench();
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const { progress, latestUpdate: update } = line;
  const openUnit = () => void wb.commands.execute(OPEN_UNIT, { code: line.unit.code, name: line.unit.name });

  return (
    <tr
      data-line={line.id}
      data-code={line.assignee.code}
      className={expanded ? 'dir-line-row expanded' : 'dir-line-row'}
    >
      <th scope="row">
        <button
          type="button"
          className="link-button"
          onClick={openUnit}
          title={t('lines.openUnit', { name: line.unit.name })}
        >
          {line.assignee.name}
        </button>
        {line.assignee.kind === 'AGENCY' && (
          <span className="muted small"> · {t('lines.agencyAt', { unit: line.unit.name })}</span>
        )}
      </th>
      <td>{task.deadline ? formatDate(task.deadline) : t('lines.noDeadline')}</td>
      {task.linkedToTarget ? (
        progress ? (
          <>
            <td className="dir-count-cell">
              <CountBar
                label={t('lines.columns.collectedRate')}
                count={progress.collected}
                target={progress.target}
                rate={progress.collectedRate ?? null}
              />
            </td>
            <td className="dir-count-cell">
              <CountBar
                label={t('lines.columns.activatedRate')}
                count={progress.activated}
                target={progress.target}
                rate={progress.activatedRate ?? null}
              />
            </td>
            <td>
              <LinePace progress={progress} />
            </td>
          </>
        ) : (
          <td colSpan={3} className="muted">
            {t('lines.noProgress')}
          </td>
        )
      ) : (
        <td className="dir-line-update">
          {update ? (
            <span title={update.text}>
              <span className="muted">{formatDate(update.date)}:</span> {update.text}
            </span>
          ) : (
            <span className="muted">{t('lines.noUpdate')}</span>
          )}
        </td>
      )}
      <td className="num">{formatRate(line.percentDone ?? null, language)}</td>
      <td>
        <StateBadge state={line.state} />
      </td>
      <td>
        <button
          type="button"
          className="action-item"
          aria-expanded={expanded}
          aria-label={t(expanded ? 'lines.hideDetails' : 'lines.showDetails', { name: line.assignee.name })}
          title={t(expanded ? 'lines.hideDetails' : 'lines.showDetails', { name: line.assignee.name })}
          onClick={onToggle}
        >
          <Codicon name={expanded ? 'chevron-up' : 'chevron-down'} />
        </button>
      </td>
    </tr>
  );
}
