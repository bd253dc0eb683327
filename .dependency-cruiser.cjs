/**
 * The architecture's import rules (docs/architecture.md), checked by
 * `npm test` through `npm run lint:architecture`: a wrong import fails CI.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes load order matter and layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'slices-through-their-index',
      severity: 'error',
      comment:
        "A slice uses another only through its public face: index.ts (use cases, routes' needs) or domain/index.ts (pure rules).",
      from: { path: '^src/([^/]+)/', pathNot: '^src/platform/db/database\\.ts$' },
      to: {
        path: '^src/',
        pathNot: ['^src/$1/', '^src/platform/', '^src/[^/]+/index\\.ts$', '^src/[^/]+/domain/index\\.ts$'],
      },
    },
    {
      name: 'platform-imports-no-slice',
      severity: 'error',
      comment:
        'The platform (db, http glue, jobs runner, clock) knows no capability; only the Database type is assembled from the slices\' tables, type-only.',
      from: { path: '^src/platform/', pathNot: '^src/platform/db/database\\.ts$' },
      to: { path: '^src/(?!platform/)' },
    },
    {
      name: 'database-type-only-from-tables',
      severity: 'error',
      comment: 'database.ts may import the slices\' *.tables.ts, and only their types.',
      from: { path: '^src/platform/db/database\\.ts$' },
      to: { path: '^src/(?!platform/)', pathNot: '\\.tables\\.ts$' },
    },
    {
      name: 'tables-as-types-only',
      severity: 'error',
      comment: 'The Database type needs the tables\' types, never their code.',
      from: { path: '^src/platform/db/database\\.ts$' },
      to: { path: '\\.tables\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ holds pure rules: no database, HTTP, file system or network, and no use cases.',
      from: { path: '/domain/' },
      to: {
        path: ['^src/', '^(kysely|pg|@electric-sql|fastify|@fastify|commander|cli-progress|csv-parse)(/|$)', '^node:(fs|net|http|https|child_process|worker_threads)'],
        pathNot: ['/domain/', '^src/platform/(errors|clock)\\.ts$', '^src/platform/time/'],
      },
    },
    {
      name: 'slices-not-into-composition',
      severity: 'error',
      comment: 'server/ and cli/ compose the slices; nothing imports them back.',
      from: { pathNot: '^src/(server|cli)/' },
      to: { path: '^src/(server|cli)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
