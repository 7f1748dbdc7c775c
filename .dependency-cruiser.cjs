// The import rules of ARCHITECTURE.md, checked by `npm run lint`. Each rule's comment says why it holds; a new import
// that breaks one fails lint, naming the importing file and the imported one.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- dependency-cruiser reads its config as CommonJS
const { builtinModules } = require('node:module');

/** Node's built-in modules, as dependency-cruiser names them (`crypto`, `fs/promises`, without `node:`). */
const NODE_BUILTINS = builtinModules.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'site-imports-no-script',
      comment:
        'The site (src/) never imports the command-line tools (scripts/): what both need belongs in the content model, src/model/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'model-imports-only-itself',
      comment:
        'The content model (src/model/) is the bottom layer: the site and the scripts import it, and it imports neither.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^(?:src/(?!model/)|scripts/|e2e/)' },
    },
    {
      name: 'scripts-import-only-the-model',
      comment: 'Of the site, the command-line tools import only the content model: never pages, layouts or site data.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^src/(?!model/)' },
    },
    {
      name: 'site-data-imports-no-page-code',
      comment:
        'Pages import site data (src/lib/), never the reverse: src/lib/ shapes data and knows no page, loader or integration.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(?:pages|layouts|components|loaders|integrations|browser)/' },
    },
    {
      name: 'browser-code-reaches-no-build-code',
      comment:
        "What runs in the reader's browser (src/browser/) never reaches, however indirectly, what only a build has: Astro's virtual modules (astro:env, astro:content), Node's built-ins, the site's settings (site.ts), the archive (load-archive.ts), period-kinds.ts, cache keys (cache-key.ts), or the loaders and integrations. Such a module fails in the browser, or ships build data to every reader.",
      severity: 'error',
      from: { path: '^src/browser/' },
      to: {
        path: `^(?:astro:|node:|(?:${NODE_BUILTINS})$|src/lib/(?:site|load-archive|period-kinds|cache-key)\\.ts$|src/(?:loaders|integrations)/)`,
        reachable: true,
      },
    },
    {
      name: 'developer-tools-stay-apart',
      comment:
        'The benchmark, the generator, fuzzing and the test runner (scripts/dev/) are imported only by one another: nothing shipped depends on them.',
      severity: 'error',
      from: { pathNot: '^scripts/dev/' },
      to: { path: '^scripts/dev/' },
    },
    {
      name: 'nothing-imports-e2e',
      comment: 'The end-to-end tests (e2e/) import the code they check; nothing imports them.',
      severity: 'error',
      from: { pathNot: '^e2e/' },
      to: { path: '^e2e/' },
    },
    {
      name: 'fixtures-only-in-tests',
      comment: 'Test fixtures are for tests: shipped code never imports a fixture or a test.',
      severity: 'error',
      from: { pathNot: '(?:\\.test\\.ts$|/fixtures/|^e2e/)' },
      to: { path: '(?:\\.test\\.ts$|/fixtures/)' },
    },
    {
      name: 'no-circular',
      comment:
        'Dependencies run one way: a cycle means two modules are one job split wrongly, or a layer imports upwards.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: "Every import names a file or package that exists (Astro's own virtual modules, astro:*, aside).",
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:node_modules|dist|\\.astro|\\.bench)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6'],
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'node', 'default', 'types'] },
  },
};
