import { tinykeys } from 'tinykeys';
import type { ContextKeys } from './context-keys';
import type { CommandRegistry } from './registry';
import { evaluateWhen } from './when';

/**
 * Binds every command's keys on the window through tinykeys, and re-binds whenever the set of
 * commands changes. When two commands share a key, the first whose when clause holds wins.
 */
export function bindKeybindings(
  target: Window,
  commands: CommandRegistry,
  context: ContextKeys,
  onError: (error: unknown) => void,
): () => void {
  let unbind = bind();
  const unsubscribe = commands.subscribe(() => {
    unbind();
    unbind = bind();
  });
  return () => {
    unsubscribe();
    unbind();
  };

  function bind(): () => void {
    const byKey = new Map<string, string[]>();
    for (const command of commands.all()) {
      for (const key of command.keybinding ?? []) byKey.set(key, [...(byKey.get(key) ?? []), command.id]);
    }
    const map: Record<string, (event: KeyboardEvent) => void> = {};
    for (const [key, ids] of byKey) {
      map[key] = (event) => {
        const values = context.values();
        const id = ids.find((candidate) => {
          const command = commands.get(candidate);
          return evaluateWhen(command?.when, values) && evaluateWhen(command?.keybindingWhen, values);
        });
        if (!id) return;
        event.preventDefault();
        event.stopPropagation();
        commands.execute(id).catch(onError);
      };
    }
    return tinykeys(target, map);
  }
}
