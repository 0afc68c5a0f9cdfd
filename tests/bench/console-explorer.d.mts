// Types of what the browser tests take from the benchmark's figure 7 (console-explorer.mjs).
export declare const SYNTHETIC_CODE: string;
export declare const LEVEL_SIZE: number;
/** Adds a synthetic commune of `size` hamlets under the first district of the user's scope, before the server starts. */
export declare function addSyntheticLevel(dbFile: string, options?: { username?: string; size?: number }): Promise<{ path: string[]; lastCode: string; size: number }>;
