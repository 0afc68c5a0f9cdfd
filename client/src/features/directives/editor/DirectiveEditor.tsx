import { DIRECTIVE_KIND_NAMES } from '@chitieu/shared';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { inBothLanguages } from '../../../i18n/i18n';
import { errorCode, errorMessage } from '../../../lib/errors';
import type { EditorProps } from '../../../workbench/views/contributions';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { useCampaign } from '../../campaigns';
import { LineFilters } from '../lines/LineFilters';
import { TaskSection } from '../lines/TaskSection';
import { directiveLabel, openTaskForm } from '../open';
import { DirectiveDetailQuery } from '../operations/directive-detail';
import { parseDirectiveId } from '../refs';
import { useSignedInUser } from '../../../lib/signed-in-user';
import { DirectiveHeader } from './DirectiveHeader';
import { DirectiveText } from './DirectiveText';

/** A directive's tab: its header and text, then its tasks with their lines, as of the status-bar date. */
export function DirectiveEditor({ input }: EditorProps) {
  const wb = useWorkbench();
  const { t } = useTranslation('directives');
  const language = useLanguage();
  const { asOf } = useCampaign();
  const isAdmin = useSignedInUser().role === 'ADMIN';
  const ref = parseDirectiveId(input.id);
  const { data, error } = useQuery(DirectiveDetailQuery, {
    variables: { number: ref?.number ?? '', issuer: ref?.issuer ?? null, asOf },
    skip: !ref || !asOf,
  });
  const directive = data?.directive;
  const label = directive ? directiveLabel(DIRECTIVE_KIND_NAMES[directive.kind][language], directive.number) : null;
  const kind = directive?.kind;
  const number = directive?.number;

  useEffect(() => {
    if (!kind || !number) return;
    const title = {
      vi: directiveLabel(DIRECTIVE_KIND_NAMES[kind].vi, number),
      en: directiveLabel(DIRECTIVE_KIND_NAMES[kind].en, number),
    };
    wb.editors.update(`${input.typeId}:${input.id}`, { label: title.vi, title });
  }, [kind, number, input.typeId, input.id, wb]);

  if (!ref)
    return (
      <p className="view-error" role="alert">
        {t('editor.badId')}
      </p>
    );
  if (!directive) {
    if (!error) return <p className="editor-message">{t('editor.loading')}</p>;
    const code = errorCode(error);
    const message =
      code === 'FORBIDDEN'
        ? t('editor.forbidden')
        : code === 'NOT_FOUND'
          ? t('editor.notFound', { number: ref.number })
          : t('editor.error', { message: errorMessage(error) });
    return (
      <p className="view-error" role="alert">
        {message}
      </p>
    );
  }

  return (
    <article
      className="directive-editor"
      aria-labelledby={`directive-title-${directive.id}`}
      data-testid="directive-editor"
    >
      <DirectiveHeader directive={directive} directiveRef={ref} label={label ?? directive.number} />
      <DirectiveText directive={directive} />
      <section className="directive-tasks" aria-labelledby={`tasks-${directive.id}`}>
        <div className="directive-tasks-head">
          <h2 id={`tasks-${directive.id}`}>{t('tasks.title', { count: directive.tasks.length })}</h2>
          {isAdmin && (
            <button
              type="button"
              className="button secondary"
              onClick={() =>
                openTaskForm(
                  wb,
                  ref,
                  'new',
                  inBothLanguages('directives:taskForm.newTab', { number: directive.number }),
                )
              }
            >
              {t('tasks.add')}
            </button>
          )}
        </div>
        <LineFilters filterKey={input.id} />
        {directive.tasks.map((task) => (
          <TaskSection key={task.number} directiveRef={ref} filterKey={input.id} task={task} />
        ))}
        {directive.tasks.length === 0 && <p className="muted">{t('tasks.none')}</p>}
      </section>
    </article>
  );
}
