import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLNamedType,
} from 'graphql';
import { useTranslation } from 'react-i18next';
import { Description, TypeRef } from './DocParts';
import type { DocsNavigation } from './docs-navigation';

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'object';
  if (isInterfaceType(type)) return 'interface';
  if (isInputObjectType(type)) return 'input';
  if (isEnumType(type)) return 'enum';
  if (isUnionType(type)) return 'union';
  return isScalarType(type) ? 'scalar' : 'type';
}

/** A type's page: what it is, its fields (with arguments and types) or its values. */
export function TypePage({ type, nav }: { type: GraphQLNamedType; nav: DocsNavigation }) {
  const { t } = useTranslation('analytics');
  const fields =
    isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.values(type.getFields()) : [];
  return (
    <article className="docs-page" data-testid="docs-type" data-type={type.name}>
      <h3 className="docs-heading">
        <span className="docs-kind">{t(`docs.kind.${kindOf(type)}`)}</span> {type.name}
      </h3>
      <Description text={type.description} />
      {fields.length > 0 && <h4 className="docs-section">{t('docs.fields')}</h4>}
      <ul className="docs-list">
        {fields.map((field) => (
          <li key={field.name}>
            <div className="docs-signature">
              <button
                type="button"
                className="link-button docs-field"
                onClick={() => nav.open({ type: type.name, field: field.name })}
              >
                {field.name}
              </button>
              {'args' in field && field.args.length > 0 && (
                <span className="muted">({field.args.map((arg: { name: string }) => arg.name).join(', ')})</span>
              )}
              {': '}
              <TypeRef type={field.type} nav={nav} />
            </div>
            <Description text={field.description} />
          </li>
        ))}
      </ul>
      {isEnumType(type) && (
        <>
          <h4 className="docs-section">{t('docs.values')}</h4>
          <ul className="docs-list">
            {type.getValues().map((value) => (
              <li key={value.name} id={`docs-${type.name}-${value.name}`}>
                <code className="docs-enum-value">{value.name}</code>
                <Description text={value.description} />
              </li>
            ))}
          </ul>
        </>
      )}
      {isUnionType(type) && (
        <ul className="docs-list">
          {type.getTypes().map((member) => (
            <li key={member.name}>
              <TypeRef type={member} nav={nav} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
