import type { Localized } from '../state/localized';
import type { Command, MenuPlacement } from './command';
import { evaluateWhen, type ContextValues } from './when';

export interface MenuEntry {
  command: Command;
  placement: MenuPlacement;
}

/** The one registry of commands. Registering an id twice is a programming error and throws. */
export class CommandRegistry {
  private readonly commands = new Map<string, Command>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  register(command: Command): () => void {
    if (this.commands.has(command.id)) throw new Error(`Command "${command.id}" is already registered`);
    this.commands.set(command.id, command);
    this.changed();
    return () => {
      if (this.commands.get(command.id) === command) {
        this.commands.delete(command.id);
        this.changed();
      }
    };
  }

  /** Registers a feature's or a part's commands, each in `category`. */
  inCategory(category: Localized): (command: Omit<Command, 'category'>) => () => void {
    return (command) => this.register({ ...command, category });
  }

  get(id: string): Command | undefined {
    return this.commands.get(id);
  }

  all(): Command[] {
    return [...this.commands.values()];
  }

  /** The commands the palette offers in this context. */
  forPalette(context: ContextValues): Command[] {
    return this.all().filter((command) => command.palette !== false && evaluateWhen(command.when, context));
  }

  /** The entries of one menu, sorted by group then order. */
  forMenu(menu: string, context: ContextValues): MenuEntry[] {
    const entries: MenuEntry[] = [];
    for (const command of this.commands.values()) {
      for (const placement of command.menus ?? []) {
        if (placement.menu !== menu) continue;
        if (!evaluateWhen(command.when, context) || !evaluateWhen(placement.when, context)) continue;
        entries.push({ command, placement });
      }
    }
    return entries.sort(
      (a, b) =>
        (a.placement.group ?? '').localeCompare(b.placement.group ?? '') ||
        (a.placement.order ?? 0) - (b.placement.order ?? 0),
    );
  }

  /** Runs a command by id; unknown ids throw, so a typo never fails silently. */
  async execute(id: string, ...args: unknown[]): Promise<void> {
    const command = this.commands.get(id);
    if (!command) throw new Error(`Unknown command "${id}"`);
    await command.run(...args);
  }

  /** For useSyncExternalStore: a number that changes whenever the set of commands does. */
  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }
}
