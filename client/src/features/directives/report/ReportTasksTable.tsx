import { formatDate, formatRate } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import type { ReportFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../workbench/WorkbenchContext';

/** Every task of the directive with its deadline, percent done and state. */
export function ReportTasksTable({ tasks }: { tasks: ReportFieldsFragment['tasks'] }) {
  const { t } = useTranslation('directives');
  const language = useLanguage();
  return (
    <table className="dir-doc-table dir-doc-tasks" data-testid="report-tasks">
      <thead>
        <tr>
          <th>{t('doc.col.index')}</th>
          <th>{t('doc.col.task')}</th>
          <th>{t('doc.col.deadline')}</th>
          <th>{t('doc.col.percent')}</th>
          <th>{t('doc.col.state')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.number}>
            <td className="center">{task.number}</td>
            <td>{task.title}</td>
            <td className="center">{task.deadline ? formatDate(task.deadline) : t(`kind.${task.kind}`)}</td>
            <td className="num">{formatRate(task.percentDone ?? null, language)}</td>
            <td>{t(`state.${task.state}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
