// Lint: TypeScript rules everywhere, type-aware promise rules on every TypeScript file, and one
// override for tests. Which layer may import which (and that no import cycle exists) is checked by
// dependency-cruiser (.dependency-cruiser.cjs), also run by `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Test code: unit tests beside the code, Playwright specs, and the helpers in test-support/. */
const testFiles = ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'test-support/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='ipcMain']",
          message: 'Register IPC through registerHandlers only.',
        },
        { selector: "MemberExpression[object.name='ipcRenderer']", message: 'Use the preload API only.' },
      ],
    },
  },
  {
    // Type-aware: a promise nobody awaits or catches loses its error; one passed where a plain
    // callback is expected (an event handler, a forEach) is never awaited either.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: {
          // The root's config files belong to no folder's project.
          allowDefaultProject: ['vitest.config.ts', 'renderer/vite.config.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: [
      'core/**/*.ts',
      'cli/**/*.ts',
      'web/**/*.ts',
      'electron/**/*.ts',
      'test-support/**/*.ts',
      'scripts/**/*',
      'e2e/**/*.ts',
      'bin/**/*',
      '*.config.*',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['.dependency-cruiser.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.commonjs } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Tests: the boundary mock stands in for ipcMain and ipcRenderer; Playwright fixtures take their
    // dependencies as a destructured object, often empty.
    files: testFiles,
    rules: {
      'no-restricted-syntax': 'off',
      'no-empty-pattern': 'off',
    },
  },
);
