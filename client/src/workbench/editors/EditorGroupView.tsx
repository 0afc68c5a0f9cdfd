import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionBar } from '../menus/ActionBar';
import { useWorkbench } from '../WorkbenchContext';
import { tabTitle, type EditorGroup } from './editor-state';
import { TabStrip } from './TabStrip';
import { useRevealActiveTab } from './use-reveal-active-tab';

/** A group: its tab strip, the active editor's breadcrumbs, and the editor itself. */
export function EditorGroupView({
  group,
  active,
  multiple,
}: {
  group: EditorGroup;
  active: boolean;
  multiple: boolean;
}) {
  const wb = useWorkbench();
  const { t, i18n } = useTranslation('workbench');
  const providers = useSyncExternalStore(wb.editorProviders.subscribe, wb.editorProviders.all);
  const tab = group.tabs.find((candidate) => candidate.key === group.activeKey);
  const provider = tab ? providers.find((p) => p.id === tab.input.typeId) : undefined;
  const Editor = provider?.component;
  const Breadcrumbs = provider?.breadcrumbs;
  useRevealActiveTab(tab ? `tab-${group.id}-${tab.key}` : null);

  return (
    <section
      className={`editor-group${active ? ' active' : ''}${multiple ? ' multiple' : ''}`}
      aria-label={tab ? tabTitle(tab.input, i18n.language === 'en' ? 'en' : 'vi') : t('parts.editor')}
      onFocusCapture={() => {
        if (!active) wb.editors.focusGroup(group.id);
      }}
      onMouseDown={() => {
        if (!active) wb.editors.focusGroup(group.id);
      }}
    >
      <div className="editor-title">
        <TabStrip group={group} />
        <ActionBar menu="editor/title" label={t('editor.more')} />
      </div>
      {tab && Breadcrumbs && (
        <div className="breadcrumbs-bar">
          <Breadcrumbs input={tab.input} />
        </div>
      )}
      <div
        className="editor-content"
        role="tabpanel"
        id={`editor-panel-${group.id}`}
        aria-labelledby={tab ? `tab-${group.id}-${tab.key}` : undefined}
        tabIndex={-1}
      >
        {tab && Editor ? (
          <Editor
            key={tab.key}
            input={tab.input}
            groupId={group.id}
            setDirty={(dirty) => wb.editors.setDirty(group.id, tab.key, dirty)}
            registerSave={(save) => wb.editors.registerSave(group.id, tab.key, save)}
          />
        ) : (
          tab && <p className="editor-message">{t('editor.unknownType')}</p>
        )}
      </div>
    </section>
  );
}
