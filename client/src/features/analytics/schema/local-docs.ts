import { parse, print, visit, type StringValueNode } from 'graphql';
import type { Language } from '../../../workbench/state/localized';

/** A letter only Vietnamese spelling has: a vowel with a tone or hat, or đ. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const ASIDE = /\s*\(([^()]*)\)/g;

/**
 * Our schema's descriptions are English with the Vietnamese term in parentheses ("Collected so
 * far (thu nhận, cumulative)"). In Vietnamese the first such term leads ("thu nhận — Collected so
 * far (cumulative)"); English asides ("(unit or agency)") and English descriptions stay as written.
 */
export function vietnameseFirst(description: string, language: Language): string {
  if (language !== 'vi') return description;
  for (const match of description.matchAll(ASIDE)) {
    const parts = match[1]!.split(',').map((part) => part.trim());
    const english = parts.findIndex((part) => !VIETNAMESE.test(part));
    const term = parts.slice(0, english < 0 ? parts.length : english).join(', ');
    if (term === '') continue;
    const rest = parts.slice(term.split(',').length);
    const aside = rest.length > 0 ? ` (${rest.join(', ')})` : '';
    const start = match.index;
    return `${term} — ${description.slice(0, start)}${aside}${description.slice(start + match[0].length)}`;
  }
  return description;
}

/** The schema's text with every description Vietnamese first (the language service reads it). */
export function localizeSdl(sdl: string, language: Language): string {
  if (language !== 'vi') return sdl;
  const document = visit(parse(sdl), {
    enter(node) {
      if (!('description' in node) || !node.description) return undefined;
      const description: StringValueNode = {
        ...node.description,
        value: vietnameseFirst(node.description.value, language),
      };
      return { ...node, description };
    },
  });
  return print(document);
}
