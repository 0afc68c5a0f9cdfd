import { i18n } from '../../../i18n/i18n';
import type { Analytics } from '../feature';
import { QueryHistoryQuery } from '../operations/query-history';
import { parseVariables } from './jsonc';
import { operationNameAt } from './operation-at';
import { runQuery } from './run-query';

const running = new Map<string, AbortController>();

/**
 * Runs a document's query (the operation at the cursor when it has several) with its variables,
 * shows the progress in the status bar, keeps the answer on the document and refreshes the
 * history, which the server has just written. Running again while one runs cancels the first.
 */
export async function runDoc(a: Analytics, docId: string, cursorOffset: number): Promise<void> {
  const doc = a.docs.get(docId);
  if (!doc) return;
  const variables = parseVariables(doc.variables);
  if (!variables.ok) {
    const message = variables.message === 'not-object' ? i18n.t('analytics:run.variablesNotObject') : variables.message;
    a.docs.update(docId, { run: { status: 'failed', message: i18n.t('analytics:run.badVariables', { message }) } });
    return;
  }
  running.get(docId)?.abort();
  const controller = new AbortController();
  running.set(docId, controller);
  a.docs.update(docId, { run: { status: 'running' } });
  const operationName = operationNameAt(doc.query, cursorOffset);
  try {
    const work = runQuery({
      query: doc.query,
      variables: variables.value,
      ...(operationName ? { operationName } : {}),
      signal: controller.signal,
    });
    const result = await a.wb.notifications.withProgress(i18n.t('analytics:run.progress'), work);
    a.docs.update(docId, { run: { status: 'done', result } });
  } catch (error) {
    if (controller.signal.aborted) return;
    const message = error instanceof Error ? error.message : String(error);
    a.docs.update(docId, { run: { status: 'failed', message: i18n.t('analytics:run.network', { message }) } });
  } finally {
    if (running.get(docId) === controller) running.delete(docId);
  }
  await a.client.refetchQueries({ include: [QueryHistoryQuery] }).catch(() => undefined);
}
