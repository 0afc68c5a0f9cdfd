import { memo, useEffect } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from '../../../workbench/views/contributions';
import { saveDoc } from '../documents/saved-actions';
import type { Analytics } from '../feature';
import { setupMonaco } from '../monaco/monaco-setup';
import { ResultsPane } from '../results/ResultsPane';
import { QueryHeader } from './QueryHeader';
import { QueryPanes } from './QueryPanes';
import { SaveForm } from './SaveForm';
import { useDocument } from './use-document';

setupMonaco();

const Results = memo(ResultsPane);

/** The GraphQL tab once Monaco has loaded: header, the save form when open, editors and results. */
export function GraphqlEditorBody({
  input,
  groupId,
  registerSave,
  analytics: a,
}: EditorProps & { analytics: Analytics }) {
  const { t } = useTranslation('analytics');
  const doc = useDocument(a, input.id);
  const docId = input.id;

  useEffect(() => registerSave(() => saveDoc(a, docId)), [a, docId, registerSave]);

  if (doc?.loadError)
    return (
      <p className="view-error" role="alert">
        {doc.loadError}
      </p>
    );
  if (!doc || doc.loading) return <p className="editor-message">{t('editor.loading')}</p>;
  return (
    <div className="gql-editor" data-testid="graphql-editor" data-doc={doc.id}>
      <QueryHeader a={a} doc={doc} />
      {doc.formOpen && <SaveForm a={a} doc={doc} />}
      <Group orientation="horizontal" className="gql-split" id={`gql-split-${groupId}`}>
        <Panel id="gql-query" minSize={240} defaultSize="50%">
          <QueryPanes a={a} doc={doc} groupId={groupId} />
        </Panel>
        <Separator className="sash sash-vertical" />
        <Panel id="gql-results" minSize={240}>
          <Results docId={doc.id} run={doc.run} />
        </Panel>
      </Group>
    </div>
  );
}
