import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Codicon } from '../../../workbench/Codicon';
import { SearchBox } from '../../../workbench/forms/SearchBox';
import { useStore } from '../../../workbench/state/store';
import { apiSchema } from '../schema/schema';
import type { DocsNavigation } from './docs-navigation';
import { Description, TypeRef } from './DocParts';
import { FieldPage } from './FieldPage';
import { ownTypes, searchSchema } from './schema-search';
import { TypePage } from './TypePage';

/** The schema as documentation: root types, every type, search; go to definition lands here. */
export function DocsExplorer({ nav }: { nav: DocsNavigation }) {
  const { t } = useTranslation('analytics');
  const schema = apiSchema();
  const { stack, search } = useStore(nav.store);
  const hits = useMemo(() => searchSchema(schema, search), [schema, search]);
  const current = stack[stack.length - 1];
  const type = current ? schema.getType(current.type) : undefined;

  let page;
  if (search.trim()) {
    page = (
      <ul className="docs-list docs-hits" aria-label={t('docs.results')}>
        {hits.length === 0 && <li className="muted">{t('docs.noHits')}</li>}
        {hits.map((hit) => (
          <li key={hit.label}>
            <button type="button" className="link-button" onClick={() => nav.reveal(hit.ref)}>
              {hit.label}
            </button>
          </li>
        ))}
      </ul>
    );
  } else if (current && type && current.field) {
    page = <FieldPage type={type} name={current.field} {...(current.arg ? { arg: current.arg } : {})} nav={nav} />;
  } else if (current && type) {
    page = <TypePage type={type} nav={nav} />;
  } else {
    const roots = [schema.getQueryType(), schema.getMutationType()].filter(
      (root) => root !== null && root !== undefined,
    );
    page = (
      <article className="docs-page">
        <Description text={t('docs.intro')} />
        <h4 className="docs-section">{t('docs.roots')}</h4>
        <ul className="docs-list">
          {roots.map((root) => (
            <li key={root.name}>
              <TypeRef type={root} nav={nav} />
              <Description text={root === schema.getQueryType() ? t('docs.queryRoot') : t('docs.mutationRoot')} />
            </li>
          ))}
        </ul>
        <h4 className="docs-section">{t('docs.allTypes')}</h4>
        <ul className="docs-list docs-compact">
          {ownTypes(schema).map((named) => (
            <li key={named.name}>
              <TypeRef type={named} nav={nav} />
            </li>
          ))}
        </ul>
      </article>
    );
  }

  return (
    <div className="docs-explorer" data-testid="docs-explorer">
      <div className="docs-toolbar">
        <button
          type="button"
          className="action-item"
          disabled={stack.length === 0}
          title={t('docs.back')}
          aria-label={t('docs.back')}
          onClick={() => nav.back()}
        >
          <Codicon name="arrow-left" />
        </button>
        <nav className="docs-crumbs" aria-label={t('docs.path')}>
          <button type="button" className="link-button" onClick={() => nav.home()}>
            {t('docs.home')}
          </button>
          {stack.map((ref, index) => (
            <span key={index}>
              {' › '}
              {ref.field ?? ref.type}
            </span>
          ))}
        </nav>
      </div>
      <SearchBox
        className="docs-search"
        label={t('docs.search')}
        value={search}
        onChange={(text) => nav.setSearch(text)}
      />
      <div className="docs-body">{page}</div>
    </div>
  );
}
