import type { Request, Response } from 'express';

/**
 * What every request has, whatever the modules: its id and Express's request and response. The
 * whole request context (services, viewer, loaders) is composed of the modules' own types in
 * modules/context.ts, since core/ names no module; app/context.ts builds it.
 */
export interface RequestScope {
  requestId: string;
  req: Request;
  res: Response;
}
