import { readJson, writeJson } from '../../workbench/state/storage';
import type { UnitRef } from './open-unit';

const MAX_RECENT = 10;

/** The units a user opened last, newest first, kept per user in the browser (Ctrl+P lists them empty). */
export class RecentUnits {
  private readonly key: string;

  constructor(profile: string) {
    this.key = `chitieu.recentUnits.${profile}`;
  }

  list(): UnitRef[] {
    const saved = readJson<unknown>(this.key, []);
    return Array.isArray(saved) ? saved.filter(isRef) : [];
  }

  add(unit: UnitRef): void {
    const list = this.list();
    const first = list[0];
    if (first && first.code === unit.code && first.name === unit.name && first.parentName === unit.parentName) return;
    writeJson(this.key, [unit, ...list.filter((u) => u.code !== unit.code)].slice(0, MAX_RECENT));
  }
}

function isRef(value: unknown): value is UnitRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as UnitRef).code === 'string' &&
    typeof (value as UnitRef).name === 'string'
  );
}
