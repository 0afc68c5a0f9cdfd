/**
 * Materialised paths: "/83/836/29119/" for Xã Tân Xuân. A unit is in a scope when its path
 * starts with the scope's path. Codes never contain "/" (checked where units are created).
 */
export function childPath(parentPath: string | null, code: string): string {
  return `${parentPath ?? '/'}${code}/`;
}

export function isWithin(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

/** The codes on a path, root first: "/83/836/" → ["83", "836"]. */
export function pathCodes(path: string): string[] {
  return path.split('/').filter((part) => part.length > 0);
}

/** The paths of the units strictly above: "/83/836/29119/" → ["/83/", "/83/836/"]. */
export function ancestorPaths(path: string): string[] {
  const codes = pathCodes(path);
  return codes
    .slice(0, -1)
    .map((_code, i) => childPath(i === 0 ? null : `/${codes.slice(0, i).join('/')}/`, codes[i]!));
}
