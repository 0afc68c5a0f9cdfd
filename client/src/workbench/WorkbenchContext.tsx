import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Command } from './commands/command';
import { useStore } from './state/store';
import { settingsStore } from './settings/settings-service';
import type { Language, Localized } from './state/localized';
import type { Workbench } from './workbench';

export const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('useWorkbench outside <WorkbenchContext>');
  return workbench;
}

/** All registered commands; re-renders when one is added or removed. */
export function useCommandList(): Command[] {
  const { commands } = useWorkbench();
  useSyncExternalStore(commands.subscribe, commands.getVersion, commands.getVersion);
  return commands.all();
}

export function useLanguage(): Language {
  return useStore(settingsStore, (s) => s.language);
}

/** Picks the current language's side of a {vi, en} pair. */
export function useLocalize(): (text: Localized) => string {
  const language = useLanguage();
  return (text) => text[language];
}

export function useContextValues(): Readonly<Record<string, unknown>> {
  return useStore(useWorkbench().context.store);
}
