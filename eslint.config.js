// ESLint: typescript-eslint's recommended rules plus the architecture's import boundaries (README, "Architecture").
// A boundary is an error, so the one-way flow graph-schema <- platform <- ingest / web/server -> web/shared <- web/client
// holds by construction, not by review.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports a browser-side (or platform-free) room may never make: Node itself and the Neo4j driver. */
const noNodeOrDriver = (why) => [
  'error',
  {
    paths: [...builtinModules, 'neo4j-driver'].map((name) => ({ name, message: why })),
    // `node:*` by pattern, bare names (`fs`) by list.
    patterns: [{ group: ['node:*'], message: why }],
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.neo4j/', 'test-results/', 'bench-results/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Style-only or noisy on existing, correct code: formatting is Prettier's job, not a lint error.
      'no-useless-escape': 'off',
      'no-useless-assignment': 'off',
      'preserve-caught-error': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './graph-schema',
              from: ['./platform', './ingest', './web', './scripts', './test'],
              message: 'graph-schema is the model: it depends on nothing.',
            },
            {
              target: './platform',
              from: ['./ingest', './web', './scripts', './test'],
              message: 'platform serves ingest and web; it imports only graph-schema.',
            },
            {
              target: ['./ingest', './web', './platform', './graph-schema'],
              from: './scripts',
              message: 'product code never imports scripts/ (benchmarks and setup).',
            },
            { target: './ingest', from: ['./web', './test'], message: 'ingest does not depend on the web side.' },
            { target: './web/server', from: './ingest', message: 'the server reads the graph; it does not import the writer (ingest).' },
            { target: './web/server', from: ['./web/client', './test'], message: 'the server does not import client code.' },
            {
              target: './web/shared',
              from: ['./web/server', './web/client', './platform', './ingest', './scripts'],
              message: 'web/shared holds the API contract: it imports only graph-schema.',
            },
            {
              target: './web/client',
              from: ['./web/server', './ingest', './platform', './scripts', './test'],
              message: 'the browser client imports only web/shared, graph-schema and its own code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/client/**', 'web/shared/**', 'graph-schema/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': noNodeOrDriver('runs in the browser (or is imported by it): no Node built-ins, no Neo4j driver.'),
    },
  },
  {
    // Test helpers favour terse expression statements (a CSV parser's comma sequences); product code may not.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
