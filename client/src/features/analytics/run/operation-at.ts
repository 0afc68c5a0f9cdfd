import { parse, type DocumentNode } from 'graphql';

/**
 * Which operation to run when the text has several: the one the cursor is in (or the nearest
 * before it), as GraphiQL does. Undefined when the text does not parse (the server then says
 * why) or has a single operation (no name needed).
 */
export function operationNameAt(text: string, offset: number): string | undefined {
  let document: DocumentNode;
  try {
    document = parse(text, { noLocation: false });
  } catch {
    return undefined;
  }
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
  if (operations.length < 2) return undefined;
  let chosen = operations[0];
  for (const operation of operations) {
    if (operation.loc && operation.loc.start <= offset) chosen = operation;
  }
  return chosen?.name?.value;
}
