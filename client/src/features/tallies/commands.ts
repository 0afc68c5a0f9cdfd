import { isLeaf } from '@chitieu/shared';
import type { ApolloClient } from '@apollo/client';
import { isTallyWriter } from '@chitieu/shared';
import { i18n } from '../../i18n/i18n';
import { errorMessage } from '../../lib/errors';
import type { SessionUser } from '../../lib/signed-in-user';
import { activeTab } from '../../workbench/editors/editor-state';
import type { Workbench } from '../../workbench/workbench';
import { campaignStore } from '../campaigns';
import { UNIT_EDITOR, UNIT_PRIMARY_MENU } from '../units';
import { WELCOME_MENU } from '../../workbench/editors/Watermark';
import { downloadCsv, exportChildrenUrl, CsvApiError } from './csv/csv-api';
import { FindCommuneQuery } from './operations/find-commune';
import { UnitParentQuery } from './operations/unit-parent';
import { openReport, type CommuneRef } from './open-report';

const CATEGORY = { vi: 'Số liệu', en: 'Tallies' };
export const IMPORT_EDITOR = 'tallies.import';
const EXPLORER_MENU = 'explorer/context';

interface UnitArg {
  code: string;
  name: string;
  level?: string;
}
const isUnitArg = (value: unknown): value is UnitArg =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as UnitArg).code === 'string' &&
  typeof (value as UnitArg).name === 'string';

/** The unit a command is about: the clicked explorer row, else the active unit tab, else the user's scope. */
function subject(wb: Workbench, user: SessionUser, args: unknown[]): UnitArg {
  if (isUnitArg(args[0])) return args[0];
  const tab = activeTab(wb.editors.state);
  if (tab?.input.typeId === UNIT_EDITOR) return { code: tab.input.id, name: tab.input.label };
  return user.scope;
}

/** The day's report editor, CSV import and export of tallies. */
export function registerTallyCommands(wb: Workbench, client: ApolloClient, user: SessionUser): void {
  const t = i18n.getFixedT(null, 'tallies');
  const register = wb.commands.inCategory(CATEGORY);

  /** A commune to report for: the unit itself, a hamlet's commune, or one asked for by name. */
  const communeOf = async (unit: UnitArg): Promise<CommuneRef | null> => {
    const { data } = await client.query({ query: UnitParentQuery, variables: { code: unit.code } });
    const found = data?.unit;
    if (found?.level === 'COMMUNE') return found;
    if (found && isLeaf(found.level) && found.parent) return found.parent;
    const text = await wb.quickInput.input({
      title: t('command.communePrompt'),
      value: '',
      validate: (v) => (v.trim() ? null : t('command.communePrompt')),
    });
    if (!text) return null;
    const answer = await client.query({
      query: FindCommuneQuery,
      variables: { search: text.trim() },
      fetchPolicy: 'network-only',
    });
    const commune = answer.data?.units.nodes[0];
    if (!commune) wb.notifications.error(t('command.communeNotFound', { text }));
    return commune ?? null;
  };

  /** Today's report of the commune the command is about (see subject). */
  const enterToday = async (...args: unknown[]) => {
    const today = campaignStore.get().today;
    const commune = await communeOf(subject(wb, user, args)).catch((error: unknown) => {
      wb.notifications.error(t('command.noCommune'), errorMessage(error));
      return null;
    });
    if (commune && today) openReport(wb, commune, today);
  };

  if (isTallyWriter(user.role)) {
    register({
      id: 'tallies.enterReport',
      title: { vi: 'Nhập số liệu ngày…', en: "Enter the Day's Tallies…" },
      icon: 'edit',
      menus: [
        {
          menu: EXPLORER_MENU,
          group: '4_tallies',
          order: 1,
          when: 'explorerItemLevel == COMMUNE || explorerItemLevel == HAMLET',
        },
      ],
      run: enterToday,
    });
    // The same task as a visible button: on a commune's and a hamlet's editor, and on the
    // welcome page of an official (whose scope is their commune). The palette has it above.
    register({
      id: 'tallies.enterToday',
      title: { vi: 'Nhập số liệu hôm nay', en: "Enter Today's Figures" },
      icon: 'edit',
      palette: false,
      menus: [
        { menu: UNIT_PRIMARY_MENU, group: '1_tallies', order: 1, when: 'unitLevel == COMMUNE || unitLevel == HAMLET' },
        ...(user.role === 'OFFICIAL' ? [{ menu: WELCOME_MENU, group: '1_tallies', order: 1 }] : []),
      ],
      run: enterToday,
    });
    register({
      id: 'tallies.importCsv',
      title: { vi: 'Nhập số liệu từ tệp CSV…', en: 'Import Tallies from CSV…' },
      icon: 'cloud-upload',
      run: () =>
        wb.editors.open(
          { typeId: IMPORT_EDITOR, id: 'csv', label: 'Nhập CSV', title: { vi: 'Nhập CSV', en: 'Import CSV' } },
          { pinned: true },
        ),
    });
  }
  register({
    id: 'tallies.exportChildren',
    title: { vi: 'Xuất CSV các đơn vị trực thuộc', en: 'Export Units Below as CSV' },
    icon: 'cloud-download',
    menus: [{ menu: EXPLORER_MENU, group: '4_tallies', order: 3, when: 'explorerItemLevel != HAMLET' }],
    run: async (...args) => {
      const { campaign, chosenAsOf, today } = campaignStore.get();
      const unit = subject(wb, user, args);
      const asOf = chosenAsOf ?? today;
      if (!campaign || !asOf) return;
      const language = wb.context.values().language === 'en' ? 'en' : 'vi';
      wb.notifications.trace(t('command.exported', { name: unit.name }));
      try {
        await downloadCsv(exportChildrenUrl(campaign.code, unit.code, asOf, language));
      } catch (error) {
        const message =
          error instanceof CsvApiError ? (language === 'en' ? error.messageEn : error.messageVi) : errorMessage(error);
        wb.notifications.error(i18n.t('talliesCsv:exportFailed'), message);
      }
    },
  });
}
