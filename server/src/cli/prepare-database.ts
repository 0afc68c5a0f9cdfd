import 'reflect-metadata';
import { createServices } from '../app/services';
import { describeDatabase, loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { seedDemoIfEmpty } from '../seed/seed-demo';
import { userMessage } from '../app/storage-errors';

/**
 * Migrates the database named by DATABASE_URL and seeds the demo into it if it is empty, then
 * exits. The tests make one template database this way and copy it per test file.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  const services = createServices(dataSource, config);
  const seeded = config.demo ? await seedDemoIfEmpty(services) : null;
  await dataSource.destroy();
  process.stdout.write(
    `${describeDatabase(config.database)}: migrated${seeded ? `, demo seeded (${seeded.units} units, ${seeded.reports} reports, ${seeded.ms} ms)` : ''}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`prepare-database failed: ${userMessage(error)}\n`);
  process.exit(1);
});
