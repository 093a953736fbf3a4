// Lint: type-aware rules that catch real bugs, and the dependency direction of docs/architecture.md:
// core is pure; pipeline knows core and ports only; adapters/db implement ports; only main.ts and cli wire.
import tseslint from 'typescript-eslint';

const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'samples/corpus/**', 'data/**', 'watch-folder/**', 'eslint.config.js', 'vitest.config.ts'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'core/ is pure: no Node I/O.' },
            {
              group: ['**/adapters/**', '**/db/**', '**/pipeline/**', '**/intake/**', '**/web/**', '**/cli/**', '**/config/**', '**/main.js'],
              message: 'core/ imports only core/ and zod.',
            },
            {
              group: ['pdfjs-dist*', 'tesseract.js', 'sharp', 'chokidar', 'better-sqlite3', 'nodemailer', 'pino', 'pdfkit', 'hono*', '@hono/*'],
              message: 'core/ imports only zod.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/adapters/**', '**/db/**', '**/web/**', '**/cli/**', '**/intake/**', '**/main.js'], message: 'pipeline/ uses ports, not adapters or db.' },
            { group: ['pdfjs-dist*', 'tesseract.js', 'sharp', 'chokidar', 'better-sqlite3', 'nodemailer', 'pdfkit'], message: 'pipeline/ uses ports, not I/O libraries.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/**/*.ts', 'src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/web/**', '**/cli/**', '**/intake/**', '**/main.js'], message: 'adapters/db implement ports; they do not call the app.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/config/**'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only config/ reads process.env.' }],
    },
  },
);
