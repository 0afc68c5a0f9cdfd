import { currentLanguage, i18n } from '../../../i18n/i18n';
import type { Analytics } from '../feature';
import { queryName } from '../local-name';
import { downloadText, exportFileName, resultToJson, tableToCsv } from './export-files';
import { flattenResult } from './flatten';

function finished(a: Analytics, docId: string) {
  const doc = a.docs.get(docId);
  if (doc?.run.status !== 'done') {
    a.wb.notifications.info(i18n.t('analytics:export.nothing'));
    return null;
  }
  return {
    doc,
    result: doc.run.result,
    name: doc.saved ? queryName(doc.saved, currentLanguage()) : i18n.t('analytics:export.defaultName'),
  };
}

/** The results table as a CSV file for Excel. */
export function exportCsv(a: Analytics, docId: string): void {
  const found = finished(a, docId);
  if (!found) return;
  const table = flattenResult(found.result.data);
  if (!table || table.rows.length === 0) {
    a.wb.notifications.info(i18n.t('analytics:export.noRows'));
    return;
  }
  downloadText(tableToCsv(table), exportFileName(found.name, 'csv'), 'text/csv;charset=utf-8');
}

/** The whole answer as a JSON file. */
export function exportJson(a: Analytics, docId: string): void {
  const found = finished(a, docId);
  if (!found) return;
  downloadText(
    resultToJson(found.result.data, found.result.errors),
    exportFileName(found.name, 'json'),
    'application/json;charset=utf-8',
  );
}
