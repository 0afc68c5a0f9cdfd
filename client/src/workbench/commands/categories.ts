import type { Localized } from '../state/localized';

/** The categories the palette groups the shell's commands under. */
export const CATEGORY = {
  view: { vi: 'Xem', en: 'View' },
  editor: { vi: 'Thẻ', en: 'Editor' },
  preferences: { vi: 'Tùy chọn', en: 'Preferences' },
  help: { vi: 'Trợ giúp', en: 'Help' },
} satisfies Record<string, Localized>;
