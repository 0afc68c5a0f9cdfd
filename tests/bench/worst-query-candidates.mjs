// Queries that try to be slow within the limits: each scalable one is repeated under aliases
// (with a different date each time, so no per-request cache helps) as many times as the limits
// accept, and the example library and the console's heaviest queries are run as they are.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'server', 'package.json'));
const { getIntrospectionQuery } = require('graphql');
const { EXAMPLE_QUERIES } = require(path.join(ROOT, 'server/dist/seed/example-queries.js'));

const date = (i) => new Date(Date.UTC(2023, 8, 1 + ((i * 7) % 100))).toISOString().slice(0, 10);
const aliased = (n, field) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join('\n')} }`;
const progressOf = (
  C,
) => `progress(campaign: ${C}) { target collected activated collectedRate activatedRate percentDone state daysLeft
  collection { remaining paceNeeded recentPace projectedCompletion state } activation { remaining paceNeeded recentPace projectedCompletion state } }`;

/**
 * { name, query, variables } as they are, or { name, build(n) } repeated as often as accepted, for
 * a database's campaign and its heaviest province and district (bench-scale.mjs).
 */
export function candidates(scale) {
  const C = JSON.stringify(scale.campaign.code);
  const P = JSON.stringify(scale.province.code);
  const D = JSON.stringify(scale.district.code);
  const PROGRESS = progressOf(C);
  return [
    ...EXAMPLE_QUERIES.map((e) => ({
      name: `example: ${e.key}`,
      query: e.query,
      variables: e.variables ? { ...e.variables, campaign: scale.campaign.code } : undefined,
    })),
    ...(scale.country
      ? [
          {
            name: "the country's provinces with progress",
            query: `{ unit(code: ${JSON.stringify(scale.country.code)}) { children { code name level childCount ${PROGRESS} } } }`,
          },
        ]
      : []),
    {
      name: 'introspection (what GraphiQL sends)',
      query: getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    },
    {
      name: 'console: province children with progress',
      query: `{ unit(code: ${P}) { children { code name level childCount ${PROGRESS} } } }`,
    },
    {
      name: 'console: district children with progress',
      query: `{ unit(code: ${D}) { children { code name ${PROGRESS} } } }`,
    },
    // `children` below unit(code:) is priced by the real subtree: the deepest trees the limits let through.
    {
      name: 'district → communes → hamlets, progress at every level',
      query: `{ unit(code: ${D}) { code ${PROGRESS} children { code name ${PROGRESS} children { code name ${PROGRESS} } } } }`,
    },
    {
      name: 'province → districts → communes with progress',
      query: `{ unit(code: ${P}) { code name children { code name children { code name ${PROGRESS} } } } }`,
    },
    {
      name: "province → districts → communes → hamlets' codes",
      query: `{ unit(code: ${P}) { children { children { children { code name } } } } }`,
    },
    {
      name: '100 hamlets ranked, every progress field',
      query: `{ ranking(campaign: ${C}, level: HAMLET, by: NEEDED, first: 100) { totalCount nodes { rank value unit { code name } ${PROGRESS.replace(`progress(campaign: ${C})`, 'progress')} } } }`,
    },
    {
      name: 'units page of 100 with progress and parents',
      query: `{ units(level: HAMLET, first: 100) { totalCount nodes { code name parent { code name parent { code name } } ${PROGRESS} } } }`,
    },
    {
      name: 'ranking of all hamlets × N dates',
      build: (n) =>
        aliased(n, (i) => `ranking(campaign: ${C}, level: HAMLET, asOf: "${date(i)}", first: 1) { totalCount }`),
    },
    ...(scale.country
      ? [
          {
            name: 'shortfalls of the country × N dates',
            build: (n) =>
              aliased(
                n,
                (i) =>
                  `unit(code: ${JSON.stringify(scale.country.code)}) { shortfalls(campaign: ${C}, asOf: "${date(i)}", first: 1) { needed } }`,
              ),
          },
        ]
      : []),
    {
      name: 'shortfalls of the province × N dates',
      build: (n) =>
        aliased(n, (i) => `unit(code: ${P}) { shortfalls(campaign: ${C}, asOf: "${date(i)}", first: 1) { needed } }`),
    },
    {
      name: 'reporting status of all hamlets × N dates',
      build: (n) =>
        aliased(
          n,
          (i) => `reportingStatus(campaign: ${C}, level: HAMLET, date: "${date(i)}", first: 1) { totalCount }`,
        ),
    },
    {
      name: 'unit search × N words',
      build: (n) =>
        aliased(
          n,
          (i) =>
            `units(search: "${['xa', 'ap', 'an', 'thanh', 'phu', 'my', 'tan', 'binh'][i % 8]} ${i}", first: 1) { totalCount }`,
        ),
    },
    {
      name: 'completeness of 100 communes × N dates',
      build: (n) =>
        aliased(
          n,
          (i) =>
            `units(level: COMMUNE, first: 100) { nodes { completeness(campaign: ${C}, date: "${date(i)}") { hamletsReported communesReported } } }`,
        ),
    },
    {
      name: 'ancestors of 100 hamlets × N pages',
      build: (n) =>
        aliased(
          n,
          (i) =>
            `units(level: HAMLET, first: 100, after: "${Buffer.from(`o:${i * 100}`).toString('base64url')}") { nodes { ancestors { code } } }`,
        ),
    },
    {
      name: '14-day history of 100 communes × N windows',
      build: (n) =>
        aliased(
          n,
          (i) =>
            `units(level: COMMUNE, first: 100) { nodes { history(campaign: ${C}, from: "${date(i)}", to: "${date(i + 2)}") { date activated } } }`,
        ),
    },
    {
      name: '1000-day history of the province × N',
      build: (n) =>
        aliased(
          n,
          (i) =>
            `unit(code: ${P}) { history(campaign: ${C}, from: "2021-01-0${(i % 9) + 1}", to: "2023-09-2${(i % 9) + 1}") { date collected activated } }`,
        ),
    },
    {
      name: 'progress of 100 hamlets × N dates',
      build: (n) =>
        aliased(
          n,
          (i) =>
            `units(level: HAMLET, first: 100) { nodes { progress(campaign: ${C}, asOf: "${date(i)}") { state } } }`,
        ),
    },
    {
      name: 'introspection × N',
      build: (n) => aliased(n, () => `__schema { types { name fields { name type { name ofType { name } } } } }`),
    },
    {
      name: 'bomb: children of children of children',
      query: `{ unit(code: ${P}) { children { children { children { ${PROGRESS} } } } } }`,
    },
    {
      name: 'bomb: introspection recursion',
      query: `{ __schema { types { fields { type { ofType { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } } } } }`,
    },
  ];
}
