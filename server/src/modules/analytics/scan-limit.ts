/** Units a list or ranking over a subtree reads at most (the services refuse more; the query cost counts as many). */
export const MAX_SCANNED_UNITS = 3_000;
