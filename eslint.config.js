// ESLint flat config. Layer boundaries (docs/architecture.md "Layers") are lint errors here, so the architecture
// cannot drift: test/lint/boundaries.test.ts proves each boundary still fails.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;
const TS_FILES = ['**/*.ts', '**/*.tsx'];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/__fixtures__/**'];

/** Resolved-path zones: a file under `target` may not import a file under `from`. */
const layerZones = [
  {
    target: './src/core',
    from: ['./src/api', './src/service', './src/server', './src/cli', './src/renderer', './electron'],
    message: 'src/core is pure: it imports only itself (docs/architecture.md "Layers").',
  },
  {
    target: './src/api',
    from: ['./src/service', './src/server', './src/cli', './src/renderer', './electron'],
    message: 'src/api is the contract: it imports only src/core and zod.',
  },
  {
    target: './src/renderer',
    from: ['./src/service', './src/server', './src/cli', './electron'],
    message: 'src/renderer talks to the service only through src/api (the typed client).',
  },
  {
    target: './src/service',
    from: ['./src/renderer', './src/server', './src/cli', './electron'],
    message: 'src/service sits below the shells and the UI: it imports only src/api and src/core.',
  },
  {
    target: './src/server',
    from: ['./src/renderer', './src/cli', './electron'],
    message: 'src/server (the browser shell) imports only src/service, src/api and src/core.',
  },
  {
    target: './src/cli',
    from: ['./src/renderer', './electron'],
    message: 'src/cli imports only src/server, src/service, src/api and src/core.',
  },
  {
    // Main and preload also import src/core: Result, CollateError, the CSP and reportFileName are pure
    // values the api and service already speak in; re-exporting them through src/api would add
    // indirection and no safety, since core depends on nothing.
    target: ['./electron/main', './electron/preload'],
    from: ['./src/renderer', './src/server', './src/cli'],
    message: 'electron main/preload use only src/api and src/service (and the pure src/core).',
  },
];

/** Package allowlists: anything not relative and not listed is reported. */
const onlyPackages = (allowed, message) => [
  'error',
  {
    patterns: [
      {
        regex: `^(?!\\.)(?!(${allowed.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(/|$))`,
        message,
      },
    ],
  },
];

export default defineConfig(
  {
    ignores: ['out/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/', '.venv-test/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: layerZones }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // The code strips and escapes control characters on purpose (safe file names, XML, fuzzing).
      'no-control-regex': 'off',
      // Tests match CLI output whose columns are two spaces apart; " {2}" would hide that shape.
      'no-regex-spaces': 'off',
    },
  },
  {
    files: ['src/**', 'electron/**'],
    // About 5 s of CPU on the whole tree; none today. Type-only imports are not followed.
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: TS_FILES,
    rules: {
      // `typeof import('jsdom')` stays allowed: it types a module that is loaded lazily.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: TEST_FILES,
    // Tests fake Electron and other hosts; typing a fake in full would copy their .d.ts.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['e2e/**'],
    // Playwright reads a fixture's first parameter to find what it depends on: `{}` means nothing.
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/core/**'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': onlyPackages(
        // fflate is pure JavaScript (zlib and UTF-8 for spaCy's DocBin), the same in Node and the browser.
        ['zod', 'marked', 'approx-string-match', 'fflate'],
        'src/core is pure TypeScript: no Node builtins, Electron, React, tiptap, lowdb, jsdom or pdfjs; only zod, marked, approx-string-match and fflate. Put environmental code in src/service or src/renderer.',
      ),
    },
  },
  {
    files: ['src/api/**'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': onlyPackages(['zod'], 'src/api is the contract: it imports only src/core and zod.'),
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  prettier,
);
