// Lint: TypeScript rules everywhere, plus the import boundaries between layers (ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'worker_threads',
];
const pattern = (group, message) => ({ group, message });
/** The `electron` package itself (not our electron/ folder). */
const electronPackage = (message) => ({ regex: '^electron(/.*)?$', message });

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
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['**/core/**', '**/electron/**', '**/renderer/**', '**/cli/**', '**/web/**'],
              'shared/ imports none of the other layers.',
            ),
            electronPackage('shared/ imports none of the other layers.'),
            pattern(nodeBuiltins, 'shared/ is pure TypeScript: no Node built-ins.'),
            pattern(
              ['react', 'react-dom', 'lowdb', 'lowdb/*'],
              'shared/ is pure TypeScript: no UI or storage libraries.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['core/**/*.ts', 'cli/**/*.ts', 'web/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronPackage(
              'core/, the CLI and the web workbench never import electron; pass paths and dialogs in.',
            ),
            pattern(
              ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
              'Only the shell may reach the shell.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/main/**/*.ts',
      'electron/preload/**/*.ts',
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
    // Playwright fixtures take their dependencies as a destructured object, often empty.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(nodeBuiltins, 'The renderer never imports Node.'),
            pattern(
              ['**/core/**', '**/electron/**', '**/cli/**', '**/web/**', 'lowdb', 'lowdb/*'],
              'The renderer talks to main only through the preload API.',
            ),
            electronPackage('The renderer talks to main only through the preload API.'),
          ],
        },
      ],
    },
  },
);
