import { createElement } from 'react';
import type { FeatureContext } from '../../lib/feature';
import { DirectiveEditor } from './editor/DirectiveEditor';
import { DirectiveForm } from './form/DirectiveForm';
import { TaskForm } from './form/TaskForm';
import { DirectivesView } from './list/DirectivesView';
import { DirectiveProblems } from './problems/DirectiveProblems';
import { DIRECTIVE_EDITOR, DIRECTIVE_FORM, REPORT_EDITOR, TASK_FORM } from './refs';
import { registerDirectiveCommands } from './commands';
import { ReportEditor } from './report/ReportEditor';
import './i18n';
import './styles/directives.css';

export { openDirective } from './open';
export type { DirectiveRef } from './refs';

export const DIRECTIVES_VIEW = 'directives';

/**
 * Directives (công văn) and their tasks: the side-bar list, the directive editor with its lines,
 * the forms, the report, and the Problems panel's section on overdue and at-risk lines.
 */
export function activateDirectives({ workbench, client, user }: FeatureContext): () => void {
  const off = [
    workbench.views.register({
      id: DIRECTIVES_VIEW,
      location: 'sidebar',
      title: { vi: 'Văn bản chỉ đạo', en: 'Directives' },
      icon: 'law',
      order: 10,
      component: () => createElement(DirectivesView),
    }),
    workbench.editorProviders.register({ id: DIRECTIVE_EDITOR, icon: 'law', component: DirectiveEditor }),
    workbench.editorProviders.register({ id: DIRECTIVE_FORM, icon: 'edit', component: DirectiveForm }),
    workbench.editorProviders.register({ id: TASK_FORM, icon: 'checklist', component: TaskForm }),
    workbench.editorProviders.register({ id: REPORT_EDITOR, icon: 'file-text', component: ReportEditor }),
    workbench.problems.register({
      id: 'directives',
      title: {
        vi: 'Văn bản chỉ đạo: dòng việc quá hạn và có nguy cơ chậm',
        en: 'Directives: overdue and at-risk lines',
      },
      icon: 'law',
      order: 20,
      component: DirectiveProblems,
    }),
    ...registerDirectiveCommands(workbench, client, user),
  ];
  return () => {
    for (const unregister of off) unregister();
  };
}
