import type { SchemaRef } from './schema/schema-index';

/**
 * How Monaco (loaded lazily, set up once for the page) reaches the signed-in user's workbench:
 * its own command palette opens the console's, and go to definition opens the docs explorer.
 */
export const monacoHooks: { showPalette(): void; revealSchema(ref: SchemaRef): void; disposeDoc(docId: string): void } =
  {
    showPalette: () => undefined,
    revealSchema: () => undefined,
    /** Set once Monaco has loaded: a closed tab's models go. */
    disposeDoc: () => undefined,
  };
