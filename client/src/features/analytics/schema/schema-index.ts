import { Kind, parse, type DefinitionNode, type NameNode } from 'graphql';

/** A place in the schema: a type, one of its fields (or enum values), one argument of a field. */
export interface SchemaRef {
  type: string;
  field?: string;
  arg?: string;
}

export const refKey = (ref: SchemaRef): string =>
  `${ref.type}${ref.field ? `.${ref.field}` : ''}${ref.arg ? `(${ref.arg})` : ''}`;

interface Entry {
  ref: SchemaRef;
  start: number;
  end: number;
}

/** Where each type, field, argument and enum value is named in the schema's text. */
export class SchemaIndex {
  private readonly byKey = new Map<string, Entry>();
  private readonly entries: Entry[] = [];

  constructor(sdl: string) {
    const document = parse(sdl);
    for (const definition of document.definitions) this.addDefinition(definition);
    this.entries.sort((a, b) => a.start - b.start);
  }

  /** The text span naming this place, if the schema has it. */
  find(ref: SchemaRef): { start: number; end: number } | undefined {
    return this.byKey.get(refKey(ref));
  }

  /** The place named at (or just before) this offset of the text. */
  at(offset: number): SchemaRef | undefined {
    let found: Entry | undefined;
    for (const entry of this.entries) {
      if (entry.start > offset) break;
      found = entry;
    }
    return found?.ref;
  }

  private add(ref: SchemaRef, name: NameNode): void {
    if (!name.loc) return;
    const entry = { ref, start: name.loc.start, end: name.loc.end };
    this.byKey.set(refKey(ref), entry);
    this.entries.push(entry);
  }

  private addDefinition(definition: DefinitionNode): void {
    if (
      definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION
    ) {
      const type = definition.name.value;
      this.add({ type }, definition.name);
      for (const field of definition.fields ?? []) {
        this.add({ type, field: field.name.value }, field.name);
        if ('arguments' in field) {
          for (const arg of field.arguments ?? [])
            this.add({ type, field: field.name.value, arg: arg.name.value }, arg.name);
        }
      }
    } else if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      this.add({ type: definition.name.value }, definition.name);
      for (const value of definition.values ?? [])
        this.add({ type: definition.name.value, field: value.name.value }, value.name);
    } else if (definition.kind === Kind.SCALAR_TYPE_DEFINITION || definition.kind === Kind.UNION_TYPE_DEFINITION) {
      this.add({ type: definition.name.value }, definition.name);
    }
  }
}
