import { Fragment } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useStore } from '../state/store';
import { useWorkbench } from '../WorkbenchContext';
import { EditorGroupView } from './EditorGroupView';
import { Watermark } from './Watermark';

/** One or two editor groups side by side (split to compare two units). */
export function EditorArea() {
  const wb = useWorkbench();
  const state = useStore(wb.editors.store);
  const only = state.groups[0];
  if (state.groups.length === 1 && only && only.tabs.length === 0) return <Watermark />;
  return (
    <Group orientation="horizontal" id="editor-groups" className="editor-groups">
      {state.groups.map((group, index) => (
        <Fragment key={group.id}>
          {index > 0 && <Separator className="sash sash-vertical" />}
          <Panel id={group.id} minSize={200}>
            <EditorGroupView
              group={group}
              active={group.id === state.activeGroupId}
              multiple={state.groups.length > 1}
            />
          </Panel>
        </Fragment>
      ))}
    </Group>
  );
}
