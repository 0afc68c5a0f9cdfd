import { foldVietnamese } from '@chitieu/shared';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import type { SchemaRef } from '../schema/schema-index';

export interface SearchHit {
  ref: SchemaRef;
  /** "Unit", "Unit.progress", "Level.DISTRICT". */
  label: string;
}

const MAX_HITS = 60;

/** The schema's own types (no introspection types), by name. */
export function ownTypes(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Types, fields and enum values whose name contains the words typed (any case), or whose
 * description does (without diacritics: "kich hoat" finds "kích hoạt"). Names first.
 */
export function searchSchema(schema: GraphQLSchema, text: string): SearchHit[] {
  const words = foldVietnamese(text).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const byName: SearchHit[] = [];
  const byDescription: SearchHit[] = [];
  const consider = (ref: SchemaRef, name: string, description: string | null | undefined) => {
    const label = ref.field ? `${ref.type}.${ref.field}` : ref.type;
    // "unit" matches names; "unit.code" matches Type.field.
    const folded = foldVietnamese(words.some((w) => w.includes('.')) ? label : name);
    if (words.every((w) => folded.includes(w))) byName.push({ ref, label });
    else if (description && words.every((w) => foldVietnamese(description).includes(w)))
      byDescription.push({ ref, label });
  };
  for (const type of ownTypes(schema)) {
    consider({ type: type.name }, type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        consider({ type: type.name, field: field.name }, field.name, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues())
        consider({ type: type.name, field: value.name }, value.name, value.description);
    }
  }
  return [...byName, ...byDescription].slice(0, MAX_HITS);
}
