import { describe, expect, it } from 'vitest';
import { formatKeybinding, formatKeybindings } from './keys';

describe('keybinding labels', () => {
  it('shows $mod as Ctrl, or ⌘ on a Mac', () => {
    expect(formatKeybinding('$mod+Shift+P', false)).toBe('Ctrl+Shift+P');
    expect(formatKeybinding('$mod+Shift+P', true)).toBe('⌘+Shift+P');
  });
  it('shows key codes as keys, and every binding of a command', () => {
    expect(formatKeybindings(['$mod+KeyW', 'Alt+KeyW'], false)).toBe('Ctrl+W / Alt+W');
    expect(formatKeybinding('Control+Backquote', false)).toBe('Ctrl+`');
    expect(formatKeybinding('F6', false)).toBe('F6');
  });
});
