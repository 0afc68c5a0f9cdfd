import './environment';
import { conf, language } from 'monaco-editor/esm/vs/basic-languages/graphql/graphql.js';
import * as monaco from 'monaco-graphql/esm/monaco-editor.js';
import { initializeMode } from 'monaco-graphql/initializeMode';
import type { MonacoGraphQLAPI } from 'monaco-graphql';
import { currentLanguage, i18n } from '../../../i18n/i18n';
import { settingsStore, type ThemeId } from '../../../workbench/settings/settings-service';
import { THEME_COLORS } from '../../../workbench/theme/themes';
import { monacoHooks } from '../monaco-hooks';
import { apiSchema } from '../schema/schema';
import { localizeSdl } from '../schema/local-docs';
import { SchemaIndex } from '../schema/schema-index';
import { SCHEMA_SDL, SCHEMA_URI } from '../schema/schema-source';
import { registerDefinitions } from './definitions';

export { monaco };

/** The variables pane is JSON with comments, checked against the query's variable types. */
const JSON_DIAGNOSTICS = {
  validate: true,
  allowComments: true,
  trailingCommas: 'ignore',
  schemaValidation: 'error',
  enableSchemaRequest: false,
} as const;

const MONACO_THEMES: Record<ThemeId, monaco.editor.BuiltinTheme> = { dark: 'vs-dark', light: 'vs', hc: 'hc-black' };

let api: MonacoGraphQLAPI | null = null;
/** Query model uri → its variables model uri, for the variables' JSON schema. */
const variablesOf: Record<string, string[]> = {};

function defineThemes(): void {
  for (const [id, base] of Object.entries(MONACO_THEMES) as Array<[ThemeId, monaco.editor.BuiltinTheme]>) {
    const colors = THEME_COLORS[id];
    const pick = (token: string) => (colors[token] ? { [token]: colors[token] } : {});
    monaco.editor.defineTheme(`chitieu-${id}`, {
      base,
      inherit: true,
      rules: [],
      colors: {
        ...pick('editor.background'),
        ...pick('editor.foreground'),
        ...pick('editorWidget.background'),
        ...pick('editorWidget.border'),
        ...pick('focusBorder'),
      },
    });
  }
  const apply = () => monaco.editor.setTheme(`chitieu-${settingsStore.get().theme}`);
  apply();
  settingsStore.subscribe(apply);
}

/**
 * The workbench owns F1, Ctrl+Shift+P and Ctrl+Enter: Monaco's own bindings for them go, so the
 * keys reach the console's one command registry (palette, run the query). Monaco's "Command
 * Palette" context-menu entry opens the console's palette too.
 */
function yieldKeysToWorkbench(): void {
  const { KeyCode, KeyMod } = monaco;
  monaco.editor.addKeybindingRules([
    { keybinding: KeyCode.F1, command: '-editor.action.quickCommand' },
    { keybinding: KeyMod.CtrlCmd | KeyCode.Enter, command: '-editor.action.insertLineAfter' },
    { keybinding: KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Enter, command: '-editor.action.insertLineBefore' },
  ]);
  monaco.editor.registerCommand('editor.action.quickCommand', () => monacoHooks.showPalette());
}

/** The schema the language service completes and hovers from: its docs in the console's language. */
function schemaConfig() {
  return [{ uri: SCHEMA_URI, documentString: localizeSdl(SCHEMA_SDL, currentLanguage()) }];
}

/** Loads the GraphQL language (completion, validation, hover, formatting in its worker) once. */
export function setupMonaco(): MonacoGraphQLAPI {
  if (api) return api;
  const created = initializeMode({
    schemas: schemaConfig(),
    diagnosticSettings: { validateVariablesJSON: {}, jsonDiagnosticSettings: JSON_DIAGNOSTICS },
    formattingOptions: { prettierConfig: { printWidth: 100 } },
  });
  monaco.languages.json.jsonDefaults.setDiagnosticsOptions(JSON_DIAGNOSTICS);
  // The schema's own text, for go to definition and peek: a language of its own, so the query
  // validator leaves it alone.
  monaco.languages.register({ id: 'graphql-schema' });
  monaco.languages.setMonarchTokensProvider('graphql-schema', language);
  monaco.languages.setLanguageConfiguration('graphql-schema', conf);
  const schemaModel = monaco.editor.createModel(SCHEMA_SDL, 'graphql-schema', monaco.Uri.parse(SCHEMA_URI));
  const index = new SchemaIndex(SCHEMA_SDL);
  registerDefinitions(monaco, apiSchema(), index, schemaModel);
  monaco.editor.registerEditorOpener({
    openCodeEditor(_source, resource, selectionOrPosition) {
      if (resource.toString() !== schemaModel.uri.toString() || !selectionOrPosition) return false;
      const position =
        'lineNumber' in selectionOrPosition
          ? selectionOrPosition
          : { lineNumber: selectionOrPosition.startLineNumber, column: selectionOrPosition.startColumn };
      const ref = index.at(schemaModel.getOffsetAt(position));
      if (ref) monacoHooks.revealSchema(ref);
      return true;
    },
  });
  yieldKeysToWorkbench();
  defineThemes();
  i18n.on('languageChanged', () => created.setSchemaConfig(schemaConfig()));
  api = created;
  return created;
}

/** Ties a variables model to its query model: completion and checks from the query's variables. */
export function linkVariables(queryUri: string, variablesPath: string): void {
  variablesOf[queryUri] = [variablesPath];
  api?.setDiagnosticSettings({ validateVariablesJSON: { ...variablesOf }, jsonDiagnosticSettings: JSON_DIAGNOSTICS });
}

export function unlinkVariables(queryUri: string): void {
  if (!(queryUri in variablesOf)) return;
  delete variablesOf[queryUri];
  api?.setDiagnosticSettings({ validateVariablesJSON: { ...variablesOf }, jsonDiagnosticSettings: JSON_DIAGNOSTICS });
}
