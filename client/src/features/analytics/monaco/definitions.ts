import { getNamedType, isEnumType, isInputObjectType, type GraphQLSchema } from 'graphql';
import { getContextAtPosition, Position } from 'graphql-language-service';
import type * as Monaco from 'monaco-editor';
import type { SchemaIndex, SchemaRef } from '../schema/schema-index';

/** What the name under the cursor refers to: a place in the schema, or a spot in the query text. */
export type DefinitionTarget = { schema: SchemaRef } | { offset: number; length: number } | null;

function inputTypeOf(schema: GraphQLSchema, field: unknown): string | undefined {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type) && Object.values(type.getFields()).includes(field as never)) return type.name;
  }
  return undefined;
}

/** Finds the definition of the name at a position of a query text (schema or same document). */
export function definitionAt(schema: GraphQLSchema, text: string, line: number, column: number): DefinitionTarget {
  const context = getContextAtPosition(text, new Position(line - 1, column - 1), schema);
  if (!context) return null;
  const { token, typeInfo } = context;
  const parent = typeInfo.parentType ? getNamedType(typeInfo.parentType).name : undefined;
  const kind: string | null | undefined = token.state.kind;
  const field = typeInfo.fieldDef;
  if ((kind === 'Field' || kind === 'AliasedField') && field && parent)
    return { schema: { type: parent, field: field.name } };
  if (kind === 'Argument' && typeInfo.argDef && field && parent)
    return { schema: { type: parent, field: field.name, arg: typeInfo.argDef.name } };
  if (kind === 'ObjectField' && field) {
    const owner = inputTypeOf(schema, field);
    return owner ? { schema: { type: owner, field: field.name } } : null;
  }
  if (kind === 'EnumValue') {
    const type = typeInfo.inputType ? getNamedType(typeInfo.inputType) : undefined;
    return isEnumType(type) && type.getValue(token.string)
      ? { schema: { type: type.name, field: token.string } }
      : null;
  }
  if (kind === 'NamedType' || kind === 'TypeCondition')
    return schema.getType(token.string) ? { schema: { type: token.string } } : null;
  if (kind === 'FragmentSpread') {
    const match = new RegExp(`\\bfragment\\s+(${token.string})\\b`).exec(text);
    return match ? { offset: match.index + match[0].length - token.string.length, length: token.string.length } : null;
  }
  if (kind === 'Variable') {
    const name = token.string.replace(/^\$/, '');
    const match = new RegExp(`\\$${name}\\s*:`).exec(text);
    return match ? { offset: match.index, length: name.length + 1 } : null;
  }
  return null;
}

/** F12, Ctrl+click and Alt+F12 (peek) on a name: its place in the schema's text, or in the query. */
export function registerDefinitions(
  monaco: typeof Monaco,
  schema: GraphQLSchema,
  index: SchemaIndex,
  schemaModel: Monaco.editor.ITextModel,
): Monaco.IDisposable {
  return monaco.languages.registerDefinitionProvider('graphql', {
    provideDefinition(model, position) {
      const target = definitionAt(schema, model.getValue(), position.lineNumber, position.column);
      if (!target) return null;
      if ('offset' in target) {
        const start = model.getPositionAt(target.offset);
        const end = model.getPositionAt(target.offset + target.length);
        return { uri: model.uri, range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column) };
      }
      const span = index.find(target.schema);
      if (!span) return null;
      const start = schemaModel.getPositionAt(span.start);
      const end = schemaModel.getPositionAt(span.end);
      return {
        uri: schemaModel.uri,
        range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
      };
    },
  });
}
