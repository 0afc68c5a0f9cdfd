import { getNamedType, GraphQLList, GraphQLNonNull, type GraphQLType } from 'graphql';
import { Fragment } from 'react';
import type { DocsNavigation } from './docs-navigation';

/** A schema description: text with `code` spans, line breaks kept. */
export function Description({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p className="docs-description">
      {text
        .split('`')
        .map((part, index) =>
          index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
        )}
    </p>
  );
}

/** A type as written in the schema ("[Unit!]!"), its named type a link to its page. */
export function TypeRef({ type, nav }: { type: GraphQLType; nav: DocsNavigation }) {
  if (type instanceof GraphQLNonNull) {
    return (
      <>
        <TypeRef type={type.ofType} nav={nav} />!
      </>
    );
  }
  if (type instanceof GraphQLList) {
    return (
      <>
        [<TypeRef type={type.ofType} nav={nav} />]
      </>
    );
  }
  const named = getNamedType(type);
  return (
    <button type="button" className="link-button docs-type" onClick={() => nav.open({ type: named.name })}>
      {named.name}
    </button>
  );
}
