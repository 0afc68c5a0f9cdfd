import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createApollo } from './app/apollo';
import type { Services } from './app/context';
import { createHttpApp } from './app/http';
import { attachLiveSocket, LIVE_SOCKET_DEFAULTS } from './app/live-socket';
import { log } from './core/log';
import { drain, type Lifecycle } from './app/shutdown';
import { scheduleLoginRecordPruning } from './modules/access/retention';
import { buildAppSchema } from './app/schema';
import { createServices } from './app/services';
import type { Config } from './config';
import { openDatabase, rawDatabase } from './db/data-source';
import { scheduleBackups } from './modules/ops/backup-schedule';
import { loadOfficialUnitsIfEmpty } from './seed/official-units';
import { seedDemoIfEmpty } from './seed/seed-demo';

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  dataSource: DataSource;
  /** Graceful: refuses new requests, answers those in flight, then closes the database. False if it had to cut requests. */
  close(): Promise<boolean>;
}

/** Opens and migrates the database, seeds the demo where asked, and serves everything on one port. */
export async function startServer(config: Config): Promise<RunningServer> {
  const dataSource = await openDatabase(config.database);
  const services = createServices(dataSource, config);
  // Listening before serving: a console subscribed once the server answers hears every other instance's change.
  await services.live.start();
  if (config.demo) {
    const seeded = await seedDemoIfEmpty(services);
    if (seeded) log.info('demo seeded', { ...seeded });
  } else {
    const units = await loadOfficialUnitsIfEmpty(services);
    if (units > 0) log.info('official units loaded', { units });
  }
  await warnOfMisfitOfficials(services);
  // Campaigns and agencies are kept in memory once read outside a transaction (db/rows-cache.ts):
  // read them now rather than on the first request.
  await services.campaigns.all();
  await services.directives.agencies.all();
  const schema = await buildAppSchema();
  const apollo = createApollo(schema, { introspection: config.introspection });
  await apollo.start();
  // Scheduled backups are SQLite's (an online copy of the file); PostgreSQL's are the database's job.
  const stopBackups =
    config.backup.everyHours > 0 && config.database.kind === 'sqlite'
      ? scheduleBackups(rawDatabase(dataSource), config.backup)
      : () => {};
  const stopPruning = await scheduleLoginRecordPruning(services.sql, config.loginRecordDays);
  const lifecycle: Lifecycle = { closing: false };
  const app = createHttpApp(services, apollo, lifecycle);
  const server: Server = await new Promise((resolve, reject) => {
    // Express 5 calls back with the error too (a port in use, say).
    const s = app.listen(config.port, config.host, (error?: Error) =>
      error ? reject(portError(error, config.port)) : resolve(s),
    );
  });
  const live = attachLiveSocket(server, schema, services, { ...LIVE_SOCKET_DEFAULTS, recheckMs: config.liveRecheckMs });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    services,
    dataSource,
    async close() {
      stopBackups();
      // Open sockets hold their connections: closed first, or the HTTP server would wait for them.
      await live.close();
      // Stop accepting; let requests in flight finish (see drain); then the database is closed,
      // which checkpoints its WAL into the file.
      const drained = await drain(server, lifecycle);
      await apollo.stop();
      // After the requests in flight: the other instances still hear of the saves they commit.
      await services.live.close();
      await stopPruning();
      await dataSource.destroy();
      return drained;
    },
  };
}

function portError(error: Error & { code?: string }, port: number): Error {
  if (error.code === 'EADDRINUSE') {
    return new Error(`Cổng ${port} đang được dùng; đặt PORT khác. / Port ${port} is in use; set another PORT.`);
  }
  return error;
}

/** Officials made before their scope had to be a commune still log in; the log names them for an admin to fix. */
async function warnOfMisfitOfficials(services: Services): Promise<void> {
  const misfits = await services.access.misfitOfficials();
  if (misfits.length === 0) return;
  log.warn(
    'officials whose scope is not a commune: give each a commune (a new account at the commune) and deactivate this one (docs/api.md, "Targets, campaigns, users and audit")',
    {
      accounts: misfits.map((m) => ({ username: m.username, scope: m.scope, level: m.level, active: m.active })),
    },
  );
}
