import { formatCount } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { describeError } from '../run/describe-error';
import type { ResponseError } from '../run/run-query';

/** The errors of an answer, in the user's language; a limit says which and by how much. */
export function ErrorList({ errors, status }: { errors: readonly ResponseError[]; status: number }) {
  const { t } = useTranslation('analytics');
  const language = useLanguage();
  if (errors.length === 0) return null;
  const shown = errors.map((error) => describeError(error, language));
  const refused = status >= 400;
  return (
    <div className="gql-errors" role="alert" data-testid="gql-errors">
      <p className="gql-errors-title">
        <Codicon name="error" />{' '}
        {refused ? t('errors.refused', { status }) : t('errors.partial', { count: errors.length })}
      </p>
      <ul>
        {shown.map((error, index) => (
          <li key={index} className={`gql-error gql-error-${error.kind}`} data-limit={error.limit ?? undefined}>
            <strong>{error.limit ? t(`limit.${error.limit}`) : t(`kind.${error.kind}`)}</strong>
            {error.limit && error.actual !== null && error.max !== null && (
              <span className="gql-limit-figures">
                {formatCount(error.actual, language)} / {formatCount(error.max, language)}
              </span>
            )}
            <span className="gql-error-message">{error.message}</span>
            {error.where && <span className="muted small">{t('errors.where', { where: error.where })}</span>}
          </li>
        ))}
      </ul>
      {shown.some((e) => e.limit) && <p className="muted small">{t('errors.limitHint')}</p>}
    </div>
  );
}
