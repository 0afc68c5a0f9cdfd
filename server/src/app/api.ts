import express, { type Router } from 'express';
import { directivesModule } from '../modules/directives/directives.module';
import { talliesModule } from '../modules/tallies/tallies.module';
import type { Services } from './context';
import { createLoaders } from './loaders';
import { appError } from '../core/errors';
import { sendError } from './rest';

/** The plain HTTP endpoints under /api (files in and out); every module's routes are mounted here. */
export function createApiRouter(services: Services): Router {
  const router = express.Router();
  router.use(directivesModule.routes(services, () => createLoaders(services)));
  router.use(talliesModule.routes(services, sendError));
  router.use((_req, res) => sendError(res, appError('NOT_FOUND', 'Không có địa chỉ này.', 'No such endpoint.')));
  return router;
}
