import express, { type Router } from 'express';
import { directiveExportRouter } from '../modules/directives/directive-export.router';
import { tallyCsvRoutes } from '../modules/tallies/tally-csv.routes';
import type { Services } from './context';
import { createLoaders } from './loaders';
import { appError } from '../core/errors';
import { sendError } from './rest';

/** The plain HTTP endpoints under /api (files in and out); every module's routes are mounted here. */
export function createApiRouter(services: Services): Router {
  const router = express.Router();
  router.use(directiveExportRouter(services, () => createLoaders(services)));
  router.use(tallyCsvRoutes(services, sendError));
  router.use((_req, res) => sendError(res, appError('NOT_FOUND', 'Không có địa chỉ này.', 'No such endpoint.')));
  return router;
}
