import { describe, expect, it, vi } from 'vitest';
import type { Command } from './command';
import { CommandRegistry } from './registry';

function command(id: string, extra: Partial<Command> = {}): Command {
  return { id, title: { vi: id, en: id }, category: { vi: 'Xem', en: 'View' }, run: () => undefined, ...extra };
}

describe('CommandRegistry', () => {
  it('throws on a duplicate id', () => {
    const registry = new CommandRegistry();
    registry.register(command('workbench.action.togglePanel'));
    expect(() => registry.register(command('workbench.action.togglePanel'))).toThrow(/already registered/);
  });

  it("registers a category's commands in it, still one id each", () => {
    const registry = new CommandRegistry();
    const register = registry.inCategory({ vi: 'Đơn vị', en: 'Units' });
    register({ id: 'units.open', title: { vi: 'Mở', en: 'Open' }, run: () => undefined });
    expect(registry.get('units.open')?.category).toEqual({ vi: 'Đơn vị', en: 'Units' });
    expect(() => register({ id: 'units.open', title: { vi: 'Mở', en: 'Open' }, run: () => undefined })).toThrow(
      /already registered/,
    );
  });

  it('runs a command with its arguments and refuses unknown ids', async () => {
    const registry = new CommandRegistry();
    const run = vi.fn();
    registry.register(command('units.open', { run }));
    await registry.execute('units.open', '83');
    expect(run).toHaveBeenCalledWith('83');
    await expect(registry.execute('units.nope')).rejects.toThrow(/Unknown command/);
  });

  it('keeps commands that need arguments or fail their when clause out of the palette', () => {
    const registry = new CommandRegistry();
    registry.register(command('a'));
    registry.register(command('b', { palette: false }));
    registry.register(command('c', { when: 'editorOpen' }));
    expect(registry.forPalette({}).map((c) => c.id)).toEqual(['a']);
    expect(registry.forPalette({ editorOpen: true }).map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('lists a menu sorted by group then order, honouring when clauses', () => {
    const registry = new CommandRegistry();
    registry.register(command('copy', { menus: [{ menu: 'explorer/context', group: '2_copy' }] }));
    registry.register(command('side', { menus: [{ menu: 'explorer/context', group: '1_open', order: 2 }] }));
    registry.register(command('open', { menus: [{ menu: 'explorer/context', group: '1_open', order: 1 }] }));
    registry.register(command('hidden', { menus: [{ menu: 'explorer/context', when: 'never' }] }));
    expect(registry.forMenu('explorer/context', {}).map((e) => e.command.id)).toEqual(['open', 'side', 'copy']);
  });

  it('unregisters and notifies listeners', () => {
    const registry = new CommandRegistry();
    const listener = vi.fn();
    registry.subscribe(listener);
    const dispose = registry.register(command('x'));
    dispose();
    expect(registry.get('x')).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
