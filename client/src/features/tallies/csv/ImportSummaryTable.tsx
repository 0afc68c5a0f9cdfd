import { formatCount, type Locale } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from './csv-api';

const ROWS = ['rowsRead', 'wouldCreate', 'wouldUpdate', 'unchanged', 'rejected'] as const;

/** The dry run's (or the run's) counts, and the rejected rows with their line and reason. */
export function ImportSummaryTable({ result, language }: { result: ImportResult; language: Locale }) {
  const { t } = useTranslation('talliesCsv');
  const { summary, rejected } = result;
  return (
    <>
      <dl className="import-summary" data-testid="import-summary">
        {ROWS.map((key) => (
          <div key={key} className={key === 'rejected' && summary.rejected > 0 ? 'import-figure bad' : 'import-figure'}>
            <dt>{t(`summary.${key}`)}</dt>
            <dd>{formatCount(summary[key], language)}</dd>
          </div>
        ))}
      </dl>
      {result.ignoredColumns.length > 0 && (
        <p className="muted small">{t('ignored', { columns: result.ignoredColumns.join(', ') })}</p>
      )}
      {rejected.length > 0 && (
        <section aria-labelledby="import-rejected">
          <h2 id="import-rejected">{t('rejected.title')}</h2>
          {summary.rejected > rejected.length && (
            <p className="muted small">
              {t('rejected.more', {
                listed: formatCount(rejected.length, language),
                total: formatCount(summary.rejected, language),
              })}
            </p>
          )}
          <div className="table-scroll">
            <table className="data-table rejected-table" data-testid="import-rejected">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('rejected.line')}
                  </th>
                  <th scope="col">{t('rejected.unit')}</th>
                  <th scope="col">{t('rejected.date')}</th>
                  <th scope="col">{t('rejected.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {rejected.map((row) => (
                  <tr key={row.line}>
                    <td className="num">{row.line}</td>
                    <td>{row.unit ?? '—'}</td>
                    <td>{row.date ?? '—'}</td>
                    <td className="wrap">
                      {row.problems.map((p) => (language === 'en' ? p.messageEn : p.messageVi)).join(' ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
