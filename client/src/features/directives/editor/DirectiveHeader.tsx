import { DIRECTIVE_KIND_NAMES, filesReport, formatDate } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { inBothLanguages } from '../../../i18n/i18n';
import type { DirectiveDetailQuery } from '../../../gql/graphql';
import { Codicon } from '../../../workbench/Codicon';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { StateBadge } from '../../units';
import { OPEN_REPORT_COMMAND } from '../commands';
import { openDirectiveForm } from '../open';
import type { DirectiveRef } from '../refs';
import { useSignedInUser } from '../../../lib/signed-in-user';

type Directive = DirectiveDetailQuery['directive'];

/** Number, kind, issuer, signer, date, status and state: the head of a directive's tab. */
export function DirectiveHeader({
  directive: d,
  directiveRef,
  label,
}: {
  directive: Directive;
  directiveRef: DirectiveRef;
  label: string;
}) {
  const wb = useWorkbench();
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const isAdmin = useSignedInUser().role === 'ADMIN';
  const reportTask = d.tasks.find((task) => filesReport(task.kind));
  const signer = d.signerName ? `${d.signerTitle} ${d.signerName}` : d.signerTitle;
  const facts: Array<[string, string]> = [
    [t('header.number'), d.number],
    [t('header.kind'), DIRECTIVE_KIND_NAMES[d.kind][language]],
    [t('header.issuer'), d.issuedBy.name],
    [t('header.signer'), signer],
    [t('header.issuedDate'), formatDate(d.issuedDate)],
    [t('header.status'), t(`status.${d.status}`)],
    [t('header.nearestDeadline'), d.nearestDeadline ? formatDate(d.nearestDeadline) : t('header.noDeadline')],
    ...(d.campaign ? [[t('header.campaign'), `${d.campaign.code} · ${d.campaign.name}`] as [string, string]] : []),
  ];

  return (
    <header className="directive-header">
      <div className="directive-title-row">
        <h1 className="directive-number" id={`directive-title-${d.id}`}>
          {label}
        </h1>
        <StateBadge state={d.state} />
        {reportTask && (
          <button
            type="button"
            className="button primary directive-report"
            onClick={() => void wb.commands.execute(OPEN_REPORT_COMMAND, directiveRef)}
          >
            <Codicon name="file-text" />
            {reportTask.deadline ? t('header.reportBy', { date: formatDate(reportTask.deadline) }) : t('header.report')}
          </button>
        )}
        {isAdmin && (
          <button
            type="button"
            className="button secondary directive-edit"
            onClick={() => openDirectiveForm(wb, directiveRef, inBothLanguages('directives:form.editTab', { label }))}
          >
            {t('header.edit')}
          </button>
        )}
      </div>
      <p className="directive-title">{d.title}</p>
      <dl className="directive-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
