import { useTranslation } from 'react-i18next';
import type { DirectiveDetailQuery } from '../../../gql/graphql';

type Directive = DirectiveDetailQuery['directive'];

/** The summary, the full text (folded) and the attachments. */
export function DirectiveText({ directive: d }: { directive: Directive }) {
  const { t } = useTranslation('directives');
  return (
    <section className="directive-text" aria-label={t('text.label')}>
      {d.summary && (
        <>
          <h2>{t('text.summary')}</h2>
          <p className="directive-summary">{d.summary}</p>
        </>
      )}
      {d.fullText && (
        <details className="directive-full">
          <summary>{t('text.full')}</summary>
          <div className="directive-full-text">
            {d.fullText.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        </details>
      )}
      {d.attachments.length > 0 && (
        <ul className="directive-attachments" aria-label={t('text.attachments')}>
          {d.attachments.map((a) => (
            <li key={a.url}>
              <a href={a.url} target="_blank" rel="noreferrer noopener">
                {a.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
