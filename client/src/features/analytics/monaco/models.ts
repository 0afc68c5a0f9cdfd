import { monacoHooks } from '../monaco-hooks';
import { linkVariables, monaco, unlinkVariables } from './monaco-setup';

export interface DocModels {
  query: monaco.editor.ITextModel;
  variables: monaco.editor.ITextModel;
}

const models = new Map<string, DocModels>();

const uri = (docId: string, suffix: string) => monaco.Uri.parse(`inmemory://chitieu/queries/${docId}${suffix}`);

/**
 * The Monaco models of a document, made on first show and kept while its tab is open: switching
 * tabs keeps the undo history; two groups showing one document share them.
 */
export function docModels(docId: string, initial: { query: string; variables: string }): DocModels {
  let found = models.get(docId);
  if (!found) {
    found = {
      query: monaco.editor.createModel(initial.query, 'graphql', uri(docId, '.graphql')),
      variables: monaco.editor.createModel(initial.variables, 'json', uri(docId, '.variables.json')),
    };
    models.set(docId, found);
    // The JSON language matches its schemas by path glob ("**/queries/….variables.json").
    linkVariables(found.query.uri.toString(), found.variables.uri.path);
  }
  return found;
}

/** The tab closed: its models go (and their markers). */
export function disposeDocModels(docId: string): void {
  const found = models.get(docId);
  if (!found) return;
  unlinkVariables(found.query.uri.toString());
  found.query.dispose();
  found.variables.dispose();
  models.delete(docId);
  monaco.editor.getModel(uri(docId, '.result.json'))?.dispose();
}

/** The last result of a document as JSON, for the read-only JSON view. */
export function resultModel(docId: string, text: string): monaco.editor.ITextModel {
  const existing = monaco.editor.getModel(uri(docId, '.result.json'));
  if (existing) {
    if (existing.getValue() !== text) existing.setValue(text);
    return existing;
  }
  return monaco.editor.createModel(text, 'json', uri(docId, '.result.json'));
}

monacoHooks.disposeDoc = disposeDocModels;
