// Monaco's GraphQL tokenizer (basic-languages) ships without typings.
declare module 'monaco-editor/esm/vs/basic-languages/graphql/graphql.js' {
  import type { languages } from 'monaco-editor';
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}
