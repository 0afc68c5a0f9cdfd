import { activeTab } from '../../../workbench/editors/editor-state';
import type { Workbench } from '../../../workbench/workbench';
import { GRAPHQL_EDITOR } from '../constants';

/** What the feature's commands may ask of a GraphQL tab on screen. */
export interface EditorHandle {
  docId: string;
  run(): void;
  prettify(): Promise<void>;
  focus(): void;
  exportCsv(): void;
  exportJson(): void;
}

/** The GraphQL editors on screen, by group: commands act on the active one. */
export class EditorHandles {
  private readonly handles = new Map<string, EditorHandle>();

  register(groupId: string, handle: EditorHandle): () => void {
    const key = `${groupId}/${handle.docId}`;
    this.handles.set(key, handle);
    return () => {
      if (this.handles.get(key) === handle) this.handles.delete(key);
    };
  }

  active(wb: Workbench): EditorHandle | undefined {
    const tab = activeTab(wb.editors.state);
    if (tab?.input.typeId !== GRAPHQL_EDITOR) return undefined;
    return this.handles.get(`${wb.editors.state.activeGroupId}/${tab.input.id}`);
  }
}
