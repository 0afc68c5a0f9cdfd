import 'reflect-metadata';
import { buildAppSchema, SCHEMA_FILE } from '../app/schema';
import { writeSchemaFile } from '../app/schema-file';

/** Writes shared/schema.graphql from the resolvers (run by the build; commit the result). */
buildAppSchema()
  .then((schema) => {
    const changed = writeSchemaFile(schema);
    process.stdout.write(`${changed ? 'schema written' : 'schema unchanged'}: ${SCHEMA_FILE}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`emit-schema failed: ${String(error)}\n`);
    process.exit(1);
  });
