// The floor of the HTTP throughput figure: Apollo Server 5 mounted on Express 5 the way chitieu
// mounts it (express.json, then expressMiddleware), over chitieu's own schema text, whose only
// resolver returns an answer held in memory. No session, no database, no plugins but one that
// copies the answer's own extensions (chitieu's cost estimate) so both send the same bytes: what
// is left is HTTP, parsing, validation and execution by graphql-js.
// Usage: node bare-apollo.mjs <schema.graphql> <answer.json>; prints "listening <port>".
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'server', 'package.json'));
const { ApolloServer } = require('@apollo/server');
const { expressMiddleware } = require('@as-integrations/express5');
const express = require('express');
const { buildSchema } = require('graphql');

const [schemaFile, answerFile] = process.argv.slice(2);
const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
const { data: answer, extensions } = JSON.parse(fs.readFileSync(answerFile, 'utf8'));
// Every root field the answer has returns its part of it; graphql-js's default resolvers do the rest.
const rootValue = Object.fromEntries(Object.keys(answer).map((field) => [field, () => answer[field]]));

const sameExtensions = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (extensions && response.body.kind === 'single') response.body.singleResult.extensions = extensions;
      },
    };
  },
};
const apollo = new ApolloServer({ schema, rootValue, plugins: [sameExtensions] });
await apollo.start();
const app = express();
app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({}) }));
const server = app.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
