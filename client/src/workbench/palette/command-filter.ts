import { foldVietnamese } from '@chitieu/shared';
import type { Command } from '../commands/command';

/**
 * Ranks commands for the palette. Every word typed must appear (without diacritics) in the
 * title, in either language, the category or the id, so "toggle theme" and "doi giao dien" both
 * find the theme command. Recently used commands come first while nothing is typed.
 */
export function filterCommands(commands: readonly Command[], query: string, recent: readonly string[]): Command[] {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  const scored: Array<{ command: Command; score: number }> = [];
  for (const command of commands) {
    const titles = foldVietnamese(`${command.title.vi} ${command.title.en}`);
    const haystack = `${titles} ${foldVietnamese(`${command.category.vi} ${command.category.en} ${command.id}`)}`;
    if (!words.every((word) => haystack.includes(word))) continue;
    const recentIndex = recent.indexOf(command.id);
    let score = recentIndex >= 0 ? 1000 - recentIndex : 0;
    if (words.length > 0) {
      const inTitle = words.filter((word) => titles.includes(word)).length * 10;
      const leading = titles.startsWith(words[0] ?? '') || titles.includes(` ${words[0] ?? ''}`) ? 5 : 0;
      // Among equal matches the shorter title is the closer one ("High Contrast Theme" over
      // "Toggle Color Theme (dark, light, high contrast)").
      score = inTitle + leading - titles.length / 1000 + score / 1_000_000;
    }
    scored.push({ command, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.command.title.en.localeCompare(b.command.title.en))
    .map((entry) => entry.command);
}
