// Types of what the browser tests take from the benchmark's figure 7 (console-explorer.mjs).
export declare const SYNTHETIC_CODE: string;
export declare const LEVEL_SIZE: number;
/**
 * Adds a synthetic commune of `size` hamlets under the first district of the user's scope, to an
 * SQLite file or to where a server keeps its data (its SQLite file, or its PostgreSQL database).
 */
export declare function addSyntheticLevel(
  database: string | { dbFile: string; databaseUrl: string },
  options?: { username?: string; size?: number },
): Promise<{ path: string[]; lastCode: string; size: number }>;
