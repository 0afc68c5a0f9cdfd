/**
 * Keybindings are written in tinykeys' syntax ("$mod+Shift+P", "F1", "Alt+W"); "$mod" is Ctrl,
 * or ⌘ on a Mac. These helpers turn them into labels people read.
 */
export function isMac(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

const KEY_LABELS: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  Backquote: '`',
  Comma: ',',
  Period: '.',
  Backslash: '\\',
  BracketLeft: '[',
  BracketRight: ']',
};

/** "$mod+Shift+P" → "Ctrl+Shift+P" (or "⌘+Shift+P" on a Mac); "Alt+W" stays. */
export function formatKeybinding(binding: string, mac = isMac()): string {
  return binding
    .split(' ')
    .map((chord) =>
      chord
        .split('+')
        .map((part) => {
          if (part === '$mod') return mac ? '⌘' : 'Ctrl';
          if (part === 'Control') return 'Ctrl';
          if (part === 'Meta') return mac ? '⌘' : 'Meta';
          if (part.startsWith('Key') && part.length === 4) return part.slice(3);
          if (part.startsWith('Digit') && part.length === 6) return part.slice(5);
          return KEY_LABELS[part] ?? (part.length === 1 ? part.toUpperCase() : part);
        })
        .join('+'),
    )
    .join(' ');
}

/** All of a command's bindings, as one label: "Ctrl+W / Alt+W". */
export function formatKeybindings(bindings: readonly string[] | undefined, mac = isMac()): string {
  return (bindings ?? []).map((binding) => formatKeybinding(binding, mac)).join(' / ');
}
