import { CHANGE_KINDS, pathCodes, type Change, type ChangeKind } from '@chitieu/shared';

/**
 * A change as it travels to the other server processes: who sent it (each skips its own), and
 * the paths of the units that changed or, when those would not fit the transport's message,
 * their ancestors at the deepest level that fits (`coarse`): the receiving side then tells every
 * viewer whose scope meets one of them to refetch all it shows (units: null).
 */
export interface ChangeMessage {
  from: string;
  change: Change;
  coarse: boolean;
}

interface Wire {
  from: string;
  kind: ChangeKind;
  campaign: string | null;
  paths: readonly string[];
  coarse?: true;
}

/** Every unit: the last resort when not even the provinces' paths fit. */
const EVERYWHERE = ['/'];

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The paths cut to `depth` codes each, each once. */
function ancestorsAt(paths: readonly string[], depth: number): string[] {
  return [...new Set(paths.map((path) => `/${pathCodes(path).slice(0, depth).join('/')}/`))];
}

/** The message for a change, at most `maxBytes` bytes long: its paths, else their ancestors at the deepest level that fits. */
export function encodeChange(from: string, change: Change, maxBytes: number): string {
  const wire = (paths: readonly string[], coarse: boolean): string =>
    JSON.stringify({
      from,
      kind: change.kind,
      campaign: change.campaign,
      paths,
      ...(coarse ? { coarse: true } : {}),
    } satisfies Wire);
  const exact = wire(change.paths, false);
  if (bytes(exact) <= maxBytes) return exact;
  const deepest = Math.max(0, ...change.paths.map((path) => pathCodes(path).length));
  for (let depth = deepest - 1; depth >= 1; depth--) {
    const message = wire(ancestorsAt(change.paths, depth), true);
    if (bytes(message) <= maxBytes) return message;
  }
  return wire(EVERYWHERE, true);
}

function isKind(value: unknown): value is ChangeKind {
  return CHANGE_KINDS.includes(value as ChangeKind);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The change a message carries, or null when it is not one (it is then dropped). */
export function decodeChange(message: string): ChangeMessage | null {
  let wire: Partial<Record<keyof Wire, unknown>>;
  try {
    wire = JSON.parse(message) as typeof wire;
  } catch {
    return null;
  }
  const { from, kind, campaign, paths, coarse } = wire ?? {};
  if (typeof from !== 'string' || (typeof campaign !== 'string' && campaign !== null) || !isStrings(paths)) return null;
  if (!isKind(kind)) return null;
  return { from, change: { kind, campaign, paths }, coarse: coarse === true };
}
