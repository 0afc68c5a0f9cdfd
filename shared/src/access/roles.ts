/** The three roles; every user has exactly one, and one scope unit. */
export const ROLES = ['ADMIN', 'OFFICIAL', 'ANALYST'] as const;
export type Role = (typeof ROLES)[number];
