import type { Request, Response } from 'express';
import type { Context, Services } from '../modules/context';
import { readCookie, SESSION_COOKIE } from '../modules/access/session-cookie';
import { createLoaders } from './loaders';

export type { Context, Loaders, Services } from '../modules/context';

/** The context of one GraphQL request: the process's services, the session's viewer, fresh loaders. */
export async function createContext(services: Services, req: Request, res: Response): Promise<Context> {
  return {
    services,
    viewer: await services.access.viewerByToken(readCookie(req, SESSION_COOKIE)),
    requestId: res.locals.requestId as string,
    loaders: createLoaders(services),
    req,
    res,
  };
}
