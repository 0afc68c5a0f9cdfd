import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  print,
  astFromValue,
  type GraphQLNamedType,
} from 'graphql';
import { useTranslation } from 'react-i18next';
import { Description, TypeRef } from './DocParts';
import type { DocsNavigation } from './docs-navigation';

/** A field's page: its description, arguments (with defaults) and the type it returns. */
export function FieldPage({
  type,
  name,
  arg,
  nav,
}: {
  type: GraphQLNamedType;
  name: string;
  arg?: string;
  nav: DocsNavigation;
}) {
  const { t } = useTranslation('analytics');
  if (isEnumType(type)) {
    const value = type.getValue(name);
    return (
      <article className="docs-page" data-testid="docs-field">
        <h3 className="docs-heading">
          <span className="docs-kind">{t('docs.kind.value')}</span> {type.name}.{name}
        </h3>
        <Description text={value?.description} />
      </article>
    );
  }
  const field =
    isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? type.getFields()[name] : undefined;
  if (!field) return <p className="muted">{t('docs.missing', { name: `${type.name}.${name}` })}</p>;
  const args = 'args' in field ? field.args : [];
  return (
    <article className="docs-page" data-testid="docs-field" data-field={`${type.name}.${name}`}>
      <h3 className="docs-heading">
        <span className="docs-kind">{t('docs.kind.field')}</span> {type.name}.{name}
      </h3>
      <p className="docs-returns">
        {t('docs.returns')}{' '}
        <span className="docs-signature">
          <TypeRef type={field.type} nav={nav} />
        </span>
      </p>
      <Description text={field.description} />
      {args.length > 0 && <h4 className="docs-section">{t('docs.arguments')}</h4>}
      <ul className="docs-list">
        {args.map((argument) => {
          const fallback =
            argument.defaultValue !== undefined ? astFromValue(argument.defaultValue, argument.type) : null;
          return (
            <li key={argument.name} className={argument.name === arg ? 'docs-highlight' : undefined}>
              <div className="docs-signature">
                <span className="docs-arg">{argument.name}</span>: <TypeRef type={argument.type} nav={nav} />
                {fallback && <span className="muted"> = {print(fallback)}</span>}
              </div>
              <Description text={argument.description} />
            </li>
          );
        })}
      </ul>
    </article>
  );
}
