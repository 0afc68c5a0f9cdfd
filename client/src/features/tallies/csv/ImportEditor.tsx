import { useApolloClient } from '@apollo/client/react';
import { formatCount } from '@chitieu/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshAll } from '../../../lib/refresh';
import { Codicon } from '../../../workbench/Codicon';
import { useLanguage, useWorkbench } from '../../../workbench/WorkbenchContext';
import { useCampaign } from '../../campaigns';
import { canCommit, CsvApiError, importTallies, type ImportResult } from './csv-api';
import { ImportSummaryTable } from './ImportSummaryTable';
import './i18n';

type Phase = 'idle' | 'checking' | 'checked' | 'importing' | 'done' | 'refused';

/**
 * CSV import of tallies: choosing a file runs the dry run (summary and rejected rows, nothing
 * saved); the real run goes ahead only when nothing is rejected, and saves every row or none.
 */
export function ImportEditor() {
  const wb = useWorkbench();
  const client = useApolloClient();
  const { t } = useTranslation('talliesCsv');
  const language = useLanguage();
  const { campaign } = useCampaign();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (chosen: File, dryRun: boolean) => {
    if (!campaign) return;
    setPhase(dryRun ? 'checking' : 'importing');
    setError(null);
    try {
      const answer = await importTallies(chosen, campaign.code, dryRun);
      setResult(answer);
      setPhase(dryRun ? 'checked' : 'done');
      if (!dryRun) {
        const count = answer.summary.wouldCreate + answer.summary.wouldUpdate;
        wb.notifications.info(t('saved', { count: formatCount(count, language), name: chosen.name }));
        void refreshAll(client).catch(() => undefined);
      }
    } catch (reason) {
      const apiError = reason instanceof CsvApiError ? reason : null;
      setResult(apiError?.result ?? null);
      setError(apiError ? (language === 'en' ? apiError.messageEn : apiError.messageVi) : String(reason));
      setPhase('refused');
    }
  };

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setResult(null);
    void run(chosen, true);
  };
  const busy = phase === 'checking' || phase === 'importing';
  const writes = result ? result.summary.wouldCreate + result.summary.wouldUpdate : 0;
  const title = phase === 'done' ? t('doneTitle') : phase === 'refused' ? t('refusedTitle') : t('dryRunTitle');

  return (
    <article className="form-editor import-editor" data-testid="import-editor">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <p className="muted small">
        {t('template')} <code>Mã ấp;Ngày;Thu nhận;Kích hoạt;Lý do</code>
      </p>
      <label className="button secondary file-button">
        <Codicon name="folder-opened" /> {t('choose')}
        <input
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          disabled={busy}
          onChange={(event) => choose(event.target.files?.[0])}
        />
      </label>
      {file && (
        <p className="muted">
          {t('file', { name: file.name, size: `${formatCount(Math.ceil(file.size / 1024), language)} KB` })}
        </p>
      )}
      {busy && (
        <p role="status">
          <Codicon name="loading" spin /> {phase === 'checking' ? t('checking') : t('importing')}
        </p>
      )}
      {error && (
        <p className="view-error" role="alert">
          {error}
        </p>
      )}
      {result && !busy && (
        <section aria-label={title}>
          <h2>{title}</h2>
          <ImportSummaryTable result={result} language={language} />
        </section>
      )}
      {phase === 'checked' && result && (
        <div className="form-buttons">
          <button
            type="button"
            className="button primary"
            disabled={!canCommit(result)}
            onClick={() => file && void run(file, false)}
          >
            {t('commit', { count: formatCount(writes, language) })}
          </button>
          <span className="muted small">
            {result.summary.rejected > 0 ? t('fixRejected') : writes === 0 ? t('nothingToWrite') : t('commitHelp')}
          </span>
        </div>
      )}
    </article>
  );
}
