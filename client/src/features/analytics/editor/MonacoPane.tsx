import { useEffect, useRef } from 'react';
import { i18n } from '../../../i18n/i18n';
import { monaco } from '../monaco/monaco-setup';

const FONT = "ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace";

/** One Monaco editor over a model that outlives it (the document's), sized with its box. */
export function MonacoPane({
  model,
  readOnly,
  label,
  onEditor,
  options,
}: {
  model: monaco.editor.ITextModel;
  readOnly: boolean;
  label: string;
  onEditor?: (editor: monaco.editor.IStandaloneCodeEditor | null) => void;
  options?: monaco.editor.IStandaloneEditorConstructionOptions;
}) {
  const box = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const latest = useRef({ onEditor, options });
  latest.current = { onEditor, options };

  useEffect(() => {
    if (!box.current) return;
    const instance = monaco.editor.create(box.current, {
      model,
      readOnly,
      readOnlyMessage: { value: i18n.t('analytics:editor.readOnlyMessage') },
      ariaLabel: label,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      fontFamily: FONT,
      fontSize: 13,
      lineNumbersMinChars: 3,
      tabSize: 2,
      renderLineHighlight: 'line',
      'semanticHighlighting.enabled': false,
      ...latest.current.options,
    });
    editor.current = instance;
    latest.current.onEditor?.(instance);
    return () => {
      latest.current.onEditor?.(null);
      instance.dispose();
      editor.current = null;
    };
    // Created once: the model and read-only state are applied below without recreating it.
  }, []);

  useEffect(() => {
    if (editor.current && editor.current.getModel() !== model) editor.current.setModel(model);
  }, [model]);

  useEffect(() => {
    editor.current?.updateOptions({
      readOnly,
      ariaLabel: label,
      readOnlyMessage: { value: i18n.t('analytics:editor.readOnlyMessage') },
    });
  }, [readOnly, label]);

  return <div ref={box} className="gql-monaco" data-testid="monaco-pane" />;
}
