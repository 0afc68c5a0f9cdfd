import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker?worker';
import GraphqlWorker from 'monaco-graphql/esm/graphql.worker?worker';

/**
 * The one MonacoEnvironment of the console: every Monaco worker is a bundled module worker served
 * from the console's own origin (the CSP allows workers from 'self' and blob:, scripts from 'self'
 * only; nothing comes from a CDN). Imported before Monaco itself, so no other code sets it.
 */
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case 'graphql':
        return new GraphqlWorker({ name: 'graphql' });
      case 'json':
        return new JsonWorker({ name: 'json' });
      default:
        return new EditorWorker({ name: 'editor' });
    }
  },
};
