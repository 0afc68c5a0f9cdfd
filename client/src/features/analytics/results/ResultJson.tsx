import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MonacoPane } from '../editor/MonacoPane';
import { resultModel } from '../monaco/models';

/** The whole answer as JSON, read-only, with folding and search (Ctrl+F). */
export function ResultJson({ docId, text }: { docId: string; text: string }) {
  const { t } = useTranslation('analytics');
  const model = useMemo(() => resultModel(docId, text), [docId, text]);
  return (
    <div className="gql-json" data-testid="gql-json">
      <MonacoPane
        model={model}
        readOnly
        label={t('results.jsonLabel')}
        options={{ lineNumbers: 'off', folding: true, wordWrap: 'on' }}
      />
    </div>
  );
}
