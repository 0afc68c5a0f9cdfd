import type { IsoDate } from '../common/dates';
import type { ReportLevel } from '../directives/vocabulary';
import type { Locale } from '../format/vi';
import type { RejectedRow } from '../tallies/csv-rows';
import type { ImportSummary } from '../tallies/import-plan';

/**
 * The plain HTTP endpoints beside GraphQL (files in and out), typed once for the server's routes
 * and the console's calls. They take the session cookie; errors come back in RestErrorBody.
 */
export const REST_BASE = '/api';

/** Each route under REST_BASE. */
export const REST_ROUTES = {
  /** POST, the CSV file as the body, CSRF_HEADER required: TallyImportResult. */
  importTallies: '/import/tallies',
  /** GET: the CSV of a unit's children as of a date. */
  exportChildren: '/export/children',
  /** GET: the directiveReport as CSV. */
  exportDirectiveReport: '/export/directive-report',
} as const;

/** Writes need this header: a cross-site form cannot send it, and a cross-site script needs CORS, which is never granted. */
export const CSRF_HEADER = 'x-chitieu-csrf';

/** The error shape of the REST endpoints (the same as GraphQL's); a refused real import also carries its TallyImportResult. */
export interface RestErrorBody {
  errors: Array<{
    message: string;
    extensions: { code: string; messageVi?: string; messageEn?: string; requestId?: string; [key: string]: unknown };
  }>;
}

/** What POST /api/import/tallies answers (a dry run, a real run, or a refused real run). */
export interface TallyImportResult {
  dryRun: boolean;
  committed: boolean;
  summary: ImportSummary;
  rejected: RejectedRow[];
  rejectedListed: number;
  delimiter: string;
  ignoredColumns: string[];
}

export interface ChildrenExportQuery {
  campaign: string;
  unit: string;
  asOf: IsoDate;
  /** Headers and names in English; the separators never change. */
  lang: Locale;
}

export interface DirectiveReportExportQuery {
  directive: string;
  issuer: string;
  task: number;
  assignee: string;
  asOf: IsoDate;
  level: ReportLevel;
}

/** As URLSearchParams writes a query (form encoding: space as +), without needing the DOM or Node in shared. */
const formEncode = (text: string) =>
  encodeURIComponent(text)
    .replace(/%20/g, '+')
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const url = (route: string, params: Record<string, string>) =>
  `${REST_BASE}${route}?${Object.entries(params)
    .map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`)
    .join('&')}`;

export function tallyImportUrl(campaign: string, dryRun: boolean): string {
  return url(REST_ROUTES.importTallies, { campaign, ...(dryRun ? { dryRun: '1' } : {}) });
}

export function childrenExportUrl(q: ChildrenExportQuery): string {
  return url(REST_ROUTES.exportChildren, {
    campaign: q.campaign,
    unit: q.unit,
    asOf: q.asOf,
    ...(q.lang === 'en' ? { lang: 'en' } : {}),
  });
}

export function directiveReportExportUrl(q: DirectiveReportExportQuery): string {
  return url(REST_ROUTES.exportDirectiveReport, {
    directive: q.directive,
    issuer: q.issuer,
    task: String(q.task),
    assignee: q.assignee,
    asOf: q.asOf,
    level: q.level,
  });
}
