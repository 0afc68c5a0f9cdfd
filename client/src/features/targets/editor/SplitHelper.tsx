import { formatCount, SPLIT_METHODS, type Locale, type SplitMethod } from '@chitieu/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The split helpers: choose how, preview (the grid shows a "Proposed" column), then apply the
 * proposal to the cells or discard it. Nothing is saved until the split is.
 */
export function SplitHelper({
  total,
  language,
  previewing,
  error,
  onPreview,
  onApply,
  onDiscard,
}: {
  total: number;
  language: Locale;
  previewing: SplitMethod | null;
  error: string | null;
  onPreview(method: SplitMethod): void;
  onApply(): void;
  onDiscard(): void;
}) {
  const { t } = useTranslation('targets');
  const [method, setMethod] = useState<SplitMethod>('POPULATION');
  return (
    <section className="split-helper" aria-labelledby="split-helper-title">
      <h2 id="split-helper-title">{t('split.title')}</h2>
      <div className="split-controls">
        <label className="split-method">
          <span>{t('split.method')}</span>
          <select className="select" value={method} onChange={(event) => setMethod(event.target.value as SplitMethod)}>
            {SPLIT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`split.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button secondary" onClick={() => onPreview(method)}>
          {t('split.preview')}
        </button>
        {previewing && (
          <>
            <button type="button" className="button primary" onClick={onApply}>
              {t('split.apply')}
            </button>
            <button type="button" className="button secondary" onClick={onDiscard}>
              {t('split.discard')}
            </button>
          </>
        )}
      </div>
      {error && (
        <p className="cell-problem" role="alert">
          {error}
        </p>
      )}
      {previewing && !error && (
        <p className="muted small" role="status">
          {t('split.previewing', {
            total: formatCount(total, language),
            method: t(`split.${previewing}`).toLowerCase(),
          })}
        </p>
      )}
    </section>
  );
}
