import express, { type Request, type Response, type Router } from 'express';
import { childrenExportRows, formatCsv, isIsoDate, REST_ROUTES, type Locale } from '@chitieu/shared';
import type { Services } from '../context';
import { appError, errors } from '../../core/errors';
import { param, requestIdOf, requireCsrfHeader, type SendError } from '../../core/rest';
import { restViewer } from '../access/session-cookie';
import { assertCanRead } from '../access/viewer';

/** The largest file the import takes. */
export const IMPORT_LIMIT = '16mb';

async function campaignOf(services: Services, req: Request) {
  const code = param(req, 'campaign');
  const campaign = code ? await services.campaigns.byCode(code) : await services.campaigns.current();
  if (!campaign) throw errors.campaignNotFound(code ?? '');
  return campaign;
}

function decodeUtf8(body: unknown): string {
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw appError('BAD_USER_INPUT', 'Không có tệp trong yêu cầu.', 'The request has no file in it.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw appError(
      'BAD_USER_INPUT',
      'Tệp không phải UTF-8: trong Excel hãy lưu dạng "CSV UTF-8".',
      'The file is not UTF-8: in Excel, save as "CSV UTF-8".',
    );
  }
}

/**
 * POST /api/import/tallies?campaign=…&dryRun=1: the CSV file is the request body (text/csv or
 * any type but multipart); the session cookie and the x-chitieu-csrf header are required.
 * GET /api/export/children?campaign=…&unit=…&asOf=…[&lang=en]: in the one export dialect
 * (formatCsv); `lang` changes the headers and names, never the separators. Errors are answered by
 * the edge's `sendError`.
 */
export function tallyCsvRoutes(services: Services, sendError: SendError): Router {
  const router = express.Router();

  router.post(REST_ROUTES.importTallies, async (req: Request, res: Response) => {
    try {
      const viewer = await restViewer(services.access, req);
      requireCsrfHeader(req);
      if (req.is('multipart/form-data')) {
        throw appError(
          'BAD_USER_INPUT',
          'Gửi tệp CSV làm thân yêu cầu (không dùng multipart).',
          'Send the CSV file as the request body (not multipart).',
        );
      }
      const campaign = await campaignOf(services, req);
      const body = await new Promise<unknown>((resolve, reject) =>
        express.raw({ type: () => true, limit: IMPORT_LIMIT })(req, res, (error?: unknown) =>
          error ? reject(error) : resolve(req.body),
        ),
      );
      const dryRun = ['1', 'true', 'yes'].includes(param(req, 'dryRun') ?? '');
      const report = await services.tallyImport.run({
        campaign,
        text: decodeUtf8(body),
        viewer,
        requestId: requestIdOf(res),
        dryRun,
        today: await services.clock.today(),
      });
      if (!dryRun && !report.committed) {
        const error = appError(
          'BAD_USER_INPUT',
          `Có ${report.summary.rejected} dòng bị từ chối; không có gì được lưu.`,
          `${report.summary.rejected} rows were rejected; nothing was saved.`,
        );
        sendError(res, error, { ...report });
        return;
      }
      res.json(report);
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 413)
        sendError(
          res,
          appError('BAD_USER_INPUT', `Tệp lớn hơn ${IMPORT_LIMIT}.`, `The file is larger than ${IMPORT_LIMIT}.`),
        );
      else sendError(res, error);
    }
  });

  router.get(REST_ROUTES.exportChildren, async (req: Request, res: Response) => {
    try {
      const viewer = await restViewer(services.access, req);
      const campaign = await campaignOf(services, req);
      const code = param(req, 'unit') ?? (await services.units.byId(viewer.scopeUnitId))!.code;
      const unit = await services.units.byCode(code);
      if (!unit) throw errors.unitNotFound(code);
      assertCanRead(viewer, unit);
      const asOf = param(req, 'asOf') ?? (await services.clock.today());
      if (!isIsoDate(asOf)) throw errors.badDate('asOf', asOf);
      const locale: Locale = param(req, 'lang') === 'en' ? 'en' : 'vi';
      const children = await services.units.children(unit.id);
      const progress = await services.progress.progressOf(campaign, children, asOf);
      const rows = children.map((c) => {
        const p = progress.get(c.id)!;
        return {
          code: c.code,
          name: c.name,
          level: c.level,
          target: p.target,
          collected: p.current.collected,
          activated: p.current.activated,
          collectedRate: p.collected.rate,
          activatedRate: p.activated.rate,
          state: p.state,
        };
      });
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="chitieu-${campaign.code}-${unit.code}-${asOf}.csv"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(formatCsv(childrenExportRows(rows, asOf, locale)));
    } catch (error) {
      sendError(res, error);
    }
  });

  return router;
}
