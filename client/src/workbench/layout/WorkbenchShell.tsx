import { useEffect } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useTranslation } from 'react-i18next';
import { bindKeybindings } from '../commands/keybindings';
import { DialogHost } from '../dialogs/DialogHost';
import { EditorArea } from '../editors/EditorArea';
import { ContextMenuHost } from '../menus/ContextMenuHost';
import { useLongPress } from '../menus/useLongPress';
import { NotificationToasts } from '../notifications/NotificationToasts';
import { QuickInput } from '../palette/QuickInput';
import { useStore } from '../state/store';
import { StatusBar } from '../statusbar/StatusBar';
import { useWorkbench } from '../WorkbenchContext';
import { ActivityBar } from './ActivityBar';
import { PanelPart } from './PanelPart';
import { SideBar } from './SideBar';
import { useContextKeySync } from './useContextKeySync';
import { useInitialFocus } from './useInitialFocus';
import { useNarrowLayout } from './useNarrowLayout';

/** The whole window: activity bar, side bar, editors, panel, status bar, and the overlays. */
export function WorkbenchShell() {
  const wb = useWorkbench();
  const { t } = useTranslation('workbench');
  const layout = useStore(wb.layout.store);
  useContextKeySync();
  useNarrowLayout();
  useInitialFocus();
  useLongPress();

  useEffect(
    () => bindKeybindings(window, wb.commands, wb.context, (error) => wb.notifications.error(String(error))),
    [wb],
  );

  return (
    <div className="workbench">
      <div className="workbench-main">
        <ActivityBar />
        <Group
          orientation="horizontal"
          id="workbench-columns"
          className="workbench-columns"
          onLayoutChanged={(sizes) => {
            if (sizes.sidebar !== undefined) wb.layout.update({ sidebarSize: sizes.sidebar });
          }}
        >
          {layout.sidebarVisible && (
            <>
              <Panel id="sidebar" defaultSize={`${layout.sidebarSize}%`} minSize={180} maxSize="60%">
                <nav className="part sidebar" data-part="sidebar" aria-label={t('parts.sidebar')}>
                  <SideBar />
                </nav>
              </Panel>
              <Separator className="sash sash-vertical" />
            </>
          )}
          <Panel id="center" minSize="30%">
            <Group
              orientation="vertical"
              id="workbench-rows"
              onLayoutChanged={(sizes) => {
                if (sizes.panel !== undefined) wb.layout.update({ panelSize: sizes.panel });
              }}
            >
              <Panel id="editor" minSize={120}>
                <main className="part editor" data-part="editor" aria-label={t('parts.editor')}>
                  <EditorArea />
                </main>
              </Panel>
              {layout.panelVisible && (
                <>
                  <Separator className="sash sash-horizontal" />
                  <Panel id="panel" defaultSize={`${layout.panelSize}%`} minSize={100} maxSize="85%">
                    <section className="part panel" data-part="panel" aria-label={t('parts.panel')}>
                      <PanelPart />
                    </section>
                  </Panel>
                </>
              )}
            </Group>
          </Panel>
        </Group>
      </div>
      <StatusBar />
      <QuickInput />
      <ContextMenuHost />
      <DialogHost />
      <NotificationToasts />
    </div>
  );
}
