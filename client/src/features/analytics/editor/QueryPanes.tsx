import { useEffect, useMemo, useRef } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useTranslation } from 'react-i18next';
import type { QueryDoc } from '../documents/query-documents';
import type { Analytics } from '../feature';
import { docModels } from '../monaco/models';
import { monaco } from '../monaco/monaco-setup';
import { exportCsv, exportJson } from '../results/exports';
import { runDoc } from '../run/run-doc';
import { MonacoPane } from './MonacoPane';

type CodeEditor = monaco.editor.IStandaloneCodeEditor;

async function format(editor: CodeEditor | null): Promise<void> {
  if (editor && !editor.getOption(monaco.editor.EditorOption.readOnly))
    await editor.getAction('editor.action.formatDocument')?.run();
}

/** The query above its variables, kept in step with the document; the tab's handle for commands. */
export function QueryPanes({ a, doc, groupId }: { a: Analytics; doc: QueryDoc; groupId: string }) {
  const { t } = useTranslation('analytics');
  const docId = doc.id;
  const readOnly = doc.saved?.readOnly ?? false;
  const models = useMemo(() => docModels(docId, a.docs.get(docId) ?? doc), [a, docId]);
  const queryEditor = useRef<CodeEditor | null>(null);
  const variablesEditor = useRef<CodeEditor | null>(null);

  // Typing updates the document; a change from elsewhere (a reload, a copy) updates the models.
  useEffect(() => {
    const subscriptions = [
      models.query.onDidChangeContent(() => a.docs.update(docId, { query: models.query.getValue() })),
      models.variables.onDidChangeContent(() => a.docs.update(docId, { variables: models.variables.getValue() })),
    ];
    return () => subscriptions.forEach((s) => s.dispose());
  }, [a, docId, models]);
  useEffect(() => {
    if (models.query.getValue() !== doc.query) models.query.setValue(doc.query);
    if (models.variables.getValue() !== doc.variables) models.variables.setValue(doc.variables);
  }, [models, doc.query, doc.variables]);

  useEffect(
    () =>
      a.handles.register(groupId, {
        docId,
        run: () => {
          const editor = queryEditor.current;
          const position = editor?.getPosition();
          void runDoc(a, docId, position ? models.query.getOffsetAt(position) : 0);
        },
        prettify: async () => {
          await format(queryEditor.current);
          await format(variablesEditor.current);
        },
        focus: () => queryEditor.current?.focus(),
        exportCsv: () => exportCsv(a, docId),
        exportJson: () => exportJson(a, docId),
      }),
    [a, docId, groupId, models],
  );

  return (
    <Group orientation="vertical" id={`gql-panes-${groupId}`} className="gql-panes">
      <Panel id="gql-text" minSize={80}>
        <MonacoPane
          model={models.query}
          readOnly={readOnly}
          label={t('editor.queryLabel')}
          onEditor={(e) => (queryEditor.current = e)}
        />
      </Panel>
      <Separator className="sash sash-horizontal" />
      <Panel id="gql-variables" minSize={60} defaultSize="28%">
        <div className="gql-pane-title">
          <span>{t('editor.variables')}</span>
          <span className="muted small">{t('editor.variablesHint')}</span>
        </div>
        <MonacoPane
          model={models.variables}
          readOnly={readOnly}
          label={t('editor.variablesLabel')}
          onEditor={(e) => (variablesEditor.current = e)}
        />
      </Panel>
    </Group>
  );
}
