import { DIRECTIVE_KIND_NAMES, formatDate } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { DirectivesListQuery as DirectivesListData } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { useCampaign } from '../../campaigns';
import { directiveLabel } from '../open';
import { DirectivesListQuery } from '../operations/directives-list';
import { ProblemGroup } from './ProblemGroup';

export type ListedDirective = DirectivesListData['directives']['nodes'][number];

/** The Problems panel's directive section: overdue and at-risk lines of every directive in scope. */
export function DirectiveProblems() {
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const { asOf } = useCampaign();
  const { data, error } = useQuery(DirectivesListQuery, { variables: { asOf, first: 100 }, skip: !asOf });
  if (error && !data)
    return (
      <p className="view-error" role="alert">
        {t('list.error', { message: errorMessage(error) })}
      </p>
    );
  if (!data || !asOf) return <p className="muted">{t('list.loading')}</p>;
  // The states are the server's: a directive is in trouble when its worst task is.
  const troubled = data.directives.nodes.filter((d) => d.state === 'OVERDUE' || d.state === 'AT_RISK');
  if (troubled.length === 0) return <p className="muted">{t('problems.none', { date: formatDate(asOf) })}</p>;
  return (
    <div className="directive-problems" data-testid="directive-problems">
      {troubled.map((d) => (
        <ProblemGroup
          key={d.id}
          directive={d}
          label={directiveLabel(DIRECTIVE_KIND_NAMES[d.kind][language], d.number)}
          asOf={asOf}
        />
      ))}
    </div>
  );
}
