import type { FeatureContext } from '../../lib/feature';
import { registerTallyCommands, IMPORT_EDITOR } from './commands';
import { ImportEditor } from './csv/ImportEditor';
import { REPORT_EDITOR } from './open-report';
import { ReportEditor } from './report/ReportEditor';
import './i18n';
import './csv/i18n';
import './tallies.css';

export { openReport } from './open-report';

/** The day's report editor of a commune, CSV import and export, and their commands. */
export function activateTallies({ workbench, client, user }: FeatureContext): void {
  workbench.editorProviders.register({
    id: REPORT_EDITOR,
    icon: 'table',
    component: ReportEditor,
  });
  workbench.editorProviders.register({ id: IMPORT_EDITOR, icon: 'cloud-upload', component: ImportEditor });
  registerTallyCommands(workbench, client, user);
}
