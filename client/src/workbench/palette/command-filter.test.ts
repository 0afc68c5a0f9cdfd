import { describe, expect, it } from 'vitest';
import type { Command } from '../commands/command';
import { filterCommands } from './command-filter';

const command = (id: string, vi: string, en: string): Command => ({
  id,
  title: { vi, en },
  category: { vi: 'Xem', en: 'View' },
  run: () => undefined,
});

const commands = [
  command('theme', 'Đổi giao diện màu', 'Toggle Color Theme'),
  command('panel', 'Bật/tắt bảng dưới', 'Toggle Panel'),
  command('sidebar', 'Bật/tắt thanh bên', 'Toggle Primary Side Bar'),
];

describe('filterCommands', () => {
  it('finds a command by its English or Vietnamese title, with or without diacritics', () => {
    expect(filterCommands(commands, 'toggle theme', []).map((c) => c.id)).toEqual(['theme']);
    expect(filterCommands(commands, 'toggle panel', []).map((c) => c.id)).toEqual(['panel']);
    expect(filterCommands(commands, 'doi giao dien', []).map((c) => c.id)).toEqual(['theme']);
    expect(filterCommands(commands, 'bảng dưới', []).map((c) => c.id)).toEqual(['panel']);
  });
  it('prefers the closer title among equal matches', () => {
    const themes = [
      command(
        'toggle',
        'Đổi giao diện màu (tối, sáng, tương phản cao)',
        'Toggle Color Theme (dark, light, high contrast)',
      ),
      command('hc', 'Giao diện tương phản cao', 'High Contrast Theme'),
    ];
    expect(filterCommands(themes, 'high contrast', [])[0]?.id).toBe('hc');
  });

  it('puts recently used commands first when nothing is typed', () => {
    expect(filterCommands(commands, '', ['sidebar', 'panel']).map((c) => c.id)).toEqual(['sidebar', 'panel', 'theme']);
  });
});
