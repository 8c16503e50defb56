// Who may import whom (`npm run lint` runs it): no import cycle, type-only imports included, and the
// layers of docs/architecture.md. The per-file rules (syntax, types, promises) are ESLint's.
const tests = '(\\.test\\.tsx?|\\.spec\\.ts)$';
const layer = (name) => `^${name}/`;
const nodeBuiltins = { dependencyTypes: ['core'] };
const electronPackage = { path: '^node_modules/electron/' };

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'An import cycle, type-only imports included: move the shared part down a layer or split the file.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-imports-no-layer',
      severity: 'error',
      comment: 'shared/ is pure TypeScript for every layer: it imports none of the others.',
      from: { path: layer('shared'), pathNot: tests },
      to: { path: '^(core|electron|renderer|cli|web|test-support|e2e|scripts)/' },
    },
    {
      name: 'shared-tests-use-only-test-support',
      severity: 'error',
      comment: 'shared/ tests read repository files through test-support/ and import no other layer.',
      from: { path: `^shared/.*${tests}` },
      to: { path: '^(core|electron|renderer|cli|web|e2e|scripts)/' },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'shared/ is pure TypeScript: no Node built-ins, no UI or storage libraries, no Electron.',
      from: { path: layer('shared') },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-no-ui-or-storage',
      severity: 'error',
      comment: 'shared/ is pure TypeScript: no UI or storage libraries, no Electron.',
      from: { path: layer('shared') },
      to: { path: '^node_modules/(react|react-dom|lowdb|electron)/' },
    },
    {
      name: 'core-is-the-bottom',
      severity: 'error',
      comment:
        'core/ is the domain: it imports shared/ only, never a shell (electron/, cli/, web/) or the renderer.',
      from: { path: layer('core') },
      to: { path: '^(electron|renderer|cli|web|e2e|scripts)/' },
    },
    {
      name: 'no-electron-outside-the-shell',
      severity: 'error',
      comment: 'Only electron/ imports Electron; core/, cli/ and web/ take paths and dialogs as arguments.',
      from: { path: '^(core|cli|web|test-support)/' },
      to: electronPackage,
    },
    {
      name: 'shells-are-siblings',
      severity: 'error',
      comment:
        'The desktop shell, the CLI and the web workbench sit side by side on core/: none imports another.',
      from: { path: '^(electron|cli|web)/' },
      to: { path: '^(electron|cli|web)/', pathNot: '^$1/' },
    },
    {
      name: 'renderer-talks-through-the-contract',
      severity: 'error',
      comment:
        'The renderer reaches the rest only through the contract in shared/ipc and the preload API (its tests may build data with test-support/, as shared/ tests do).',
      from: { path: layer('renderer') },
      to: { path: '^(core|electron|cli|web)/' },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      comment: 'The renderer runs in a sandboxed page: no Node built-ins, no storage library, no Electron.',
      from: { path: layer('renderer'), pathNot: 'vite\\.config\\.ts$' },
      to: { ...nodeBuiltins },
    },
    {
      name: 'renderer-no-storage',
      severity: 'error',
      comment: 'The renderer runs in a sandboxed page: no storage library, no Electron.',
      from: { path: layer('renderer') },
      to: { path: '^node_modules/(lowdb|electron)/' },
    },
    {
      name: 'test-support-only-in-tests',
      severity: 'error',
      comment:
        'Test helpers and fixtures are for tests, benches and e2e only; shipped code never imports them.',
      from: { path: '^(shared|core|electron|renderer|cli|web)/', pathNot: tests },
      to: { path: '^test-support/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|release|node_modules)/' },
    // Type-only imports count: a cycle through types is a cycle of meaning.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    cache: false,
  },
};
