import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import { tabTitle } from '../../../workbench/editors/editor-state';
import { useLanguage } from '../../../workbench/WorkbenchContext';
import { isDirty, type QueryDoc } from '../documents/query-documents';
import type { Analytics } from '../feature';
import { queryDescription, queryName } from '../local-name';
import { CommandButton } from './CommandButton';

/** Who a saved query belongs to and with whom it is shared, in a few words. */
function Badges({ doc }: { doc: QueryDoc }) {
  const { t } = useTranslation('analytics');
  const saved = doc.saved;
  if (!saved) return <span className="gql-badge">{t('badge.unsaved')}</span>;
  if (saved.example) return <span className="gql-badge">{t('badge.example')}</span>;
  const sharing = saved.shared ? t('badge.sharedWith', { unit: saved.sharedWith?.name ?? '' }) : t('badge.private');
  return (
    <>
      <span className="gql-badge">{saved.mine ? t('badge.mine') : t('badge.owner', { owner: saved.owner ?? '' })}</span>
      <span className="gql-badge">
        <Codicon name={saved.shared ? 'globe' : 'lock'} /> {sharing}
      </span>
    </>
  );
}

/** The tab's title line, its actions, and for others' queries the read-only note. */
export function QueryHeader({ a, doc }: { a: Analytics; doc: QueryDoc }) {
  const { t } = useTranslation('analytics');
  const language = useLanguage();
  const saved = doc.saved;
  const readOnly = saved?.readOnly ?? false;
  // A new query is named as its tab is, in the console's language ("Truy vấn 1" / "Query 1").
  const input = a.wb.editors.state.groups.flatMap((g) => g.tabs).find((tab) => tab.input.id === doc.id)?.input;
  const title = saved ? queryName(saved, language) : input && tabTitle(input, language);
  return (
    <header className="gql-header">
      <div className="gql-title-line">
        <h1 className="gql-title">{title}</h1>
        <Badges doc={doc} />
        {saved && isDirty(doc) && <span className="gql-badge dirty">{t('badge.dirty')}</span>}
        <div className="gql-actions" role="toolbar" aria-label={t('editor.actions')}>
          <CommandButton id="analytics.run" primary />
          <CommandButton id="analytics.prettify" />
          {saved && !readOnly && <CommandButton id="workbench.action.files.save" label={t('editor.save')} />}
          {!readOnly && <CommandButton id="analytics.editInfo" label={saved ? t('editor.info') : t('editor.saveAs')} />}
          {readOnly && <CommandButton id="analytics.copyQuery" primary label={t('editor.copy')} />}
        </div>
      </div>
      {saved?.description && <p className="gql-description muted">{queryDescription(saved, language)}</p>}
      {readOnly && saved && (
        <p className="gql-readonly" role="note" data-testid="gql-readonly">
          <Codicon name="lock" />
          {saved.example ? t('readOnly.example') : t('readOnly.shared', { owner: saved.owner ?? '' })}
        </p>
      )}
    </header>
  );
}
