import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    // Fixtures and scenario workspaces (content/**/_scenarios/*/files) are learners' sample
    // apps, CommonJS on purpose; content/ holds data, not project code.
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'coverage/',
      'public/pagefind/',
      'tests/fixtures/',
      'content/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // Scripts, configs and tests run in Node.
    files: ['scripts/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The engine is pure TypeScript: it runs in Node, in the browser and in `npm run sim`.
    // Its tsconfig already has no DOM lib; this keeps framework and Node imports out too.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Exact module names: gitignore-style patterns would also match the engine's own
          // ./fs and ./path modules.
          paths: ['fs', 'path', 'os', 'crypto', 'child_process', 'process', 'url', 'util'].map(
            (name) => ({ name, message: 'src/engine must run in the browser: no Node built-ins.' }),
          ),
          patterns: [
            {
              group: ['node:*'],
              message: 'src/engine must run in the browser: no Node built-ins.',
            },
            {
              group: ['astro', 'astro:*', 'astro/*', '*.astro'],
              message: 'src/engine must not import Astro.',
            },
            {
              group: ['@xterm/*', 'xterm', '@codemirror/*', 'codemirror'],
              message: 'src/engine must not import view libraries; islands wire them.',
            },
            { group: ['../../../*'], message: 'src/engine imports nothing outside itself.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
      ],
    },
  },
  {
    // Pages, islands and scripts reach the engine only through its public surface.
    files: ['src/**/*.{ts,astro}', 'scripts/**/*.ts'],
    ignores: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/*/**', '**/engine/*', '!**/engine/index', '!**/engine/index.ts'],
              message: 'Import the engine through src/engine/index.ts only.',
            },
          ],
        },
      ],
    },
  },
);
