import { Router, type Request, type Response } from 'express';
import { isIsoDate, REST_ROUTES, type ReportLevel, type RestErrorBody } from '@chitieu/shared';
import type { Loaders, Services } from '../context';
import { appError, echo, isAppError } from '../../core/errors';
import { log } from '../../core/log';
import { param } from '../../core/rest';
import { readCookie, SESSION_COOKIE } from '../access/session-cookie';
import { assertCanRead, requireViewer } from '../access/viewer';
import { reportCsv, reportFileName } from './directive-csv';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** The query string, checked: directive and task are required; asOf defaults to today. */
function reportParams(req: Request, today: string) {
  const directive = param(req, 'directive');
  const task = Number(param(req, 'task'));
  const asOf = param(req, 'asOf') ?? today;
  const level = (param(req, 'level') ?? 'DISTRICT') as ReportLevel;
  if (!directive || !Number.isInteger(task) || task < 1) {
    throw appError(
      'BAD_USER_INPUT',
      'Cần "directive" (số văn bản) và "task" (số nhiệm vụ).',
      'Give "directive" (its number) and "task" (the task number).',
    );
  }
  if (!isIsoDate(asOf))
    throw appError(
      'BAD_USER_INPUT',
      `"asOf" phải là ngày YYYY-MM-DD, nhận được ${echo(asOf)}.`,
      `"asOf" must be a date YYYY-MM-DD, got ${echo(asOf)}.`,
    );
  if (level !== 'DISTRICT' && level !== 'COMMUNE')
    throw appError('BAD_USER_INPUT', '"level" là DISTRICT hoặc COMMUNE.', '"level" is DISTRICT or COMMUNE.');
  return { directive, issuer: param(req, 'issuer'), task, assignee: param(req, 'assignee'), asOf, level };
}

/**
 * GET /api/export/directive-report?directive=7027/UBND-KSTT&task=5&asOf=2023-11-14&level=DISTRICT
 * (issuer and assignee when ambiguous): the directiveReport as CSV, UTF-8 with a BOM. Same session
 * cookie and the same scope checks as the GraphQL query (with a request's loaders of its own);
 * errors are JSON with a code.
 */
export function directiveExportRouter(services: Services, newLoaders: () => Loaders): Router {
  const router = Router();
  router.get(REST_ROUTES.exportDirectiveReport, async (req: Request, res: Response) => {
    try {
      const viewer = requireViewer(await services.access.viewerByToken(readCookie(req, SESSION_COOKIE)));
      const p = reportParams(req, await services.clock.today());
      const lookup = services.directives.lookup;
      const directive = await lookup.directive(p.directive, p.issuer, viewer.scopePath);
      const ref = await lookup.line(directive, await lookup.task(directive, p.task), p.assignee);
      assertCanRead(viewer, ref.line.unit);
      const report = await services.directives.reports.build(ref, p.asOf, p.level, newLoaders());
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${reportFileName(report)}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(reportCsv(report));
    } catch (error) {
      const requestId = res.locals.requestId as string | undefined;
      if (!isAppError(error) || !(String(error.extensions.code) in STATUS)) {
        log.error('directive report export failed', { requestId, error: (error as Error).message });
        const body: RestErrorBody = {
          errors: [
            { message: 'Lỗi hệ thống. / Internal error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } },
          ],
        };
        res.status(500).json(body);
        return;
      }
      const code = String(error.extensions.code);
      const body: RestErrorBody = {
        errors: [{ message: error.message, extensions: { ...error.extensions, code, requestId } }],
      };
      res.status(STATUS[code]!).json(body);
    }
  });
  return router;
}
