// Lint enforces the module boundaries of docs/ARCHITECTURE.md: core imports nothing from the project,
// sts/oss/cos/export never import app, server/ never imports src/, one feature never reaches into another's
// files (what two features share lives in src/app/link or src/app/connection; pages compose features).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const zones = [
  {
    target: './src/core',
    from: './src',
    except: ['./core'],
    message: 'src/core is pure: it imports nothing from the project.',
  },
  { target: './src/sts', from: './src/app', message: 'sts never imports app.' },
  { target: './src/oss', from: './src/app', message: 'oss never imports app.' },
  { target: './src/cos', from: './src/app', message: 'cos never imports app.' },
  { target: './src/export', from: './src/app', message: 'export never imports app.' },
  { target: './src/workers', from: './src/app', message: 'workers never import app.' },
  { target: './src/upload', from: './src/app', message: 'upload never imports app.' },
  {
    target: './src/async',
    from: './src',
    except: ['./async'],
    message: 'src/async is generic: it imports nothing from the project.',
  },
  { target: './server', from: './src', message: 'server/ has its own verifier: never import src/.' },
];
const features = readdirSync(new URL('./src/app/features', import.meta.url));
for (const feature of features) {
  zones.push({
    target: `./src/app/features/${feature}`,
    from: './src/app/features',
    except: [`./${feature}`],
    message: `Features do not reach into each other: move what ${feature} shares to src/app/link (or a page).`,
  });
  zones.push({
    target: `./src/app/features/${feature}`,
    from: './src/app/pages',
    message: 'Pages compose features, not the other way round.',
  });
}

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-broker',
      'dist-sourcemaps',
      '.data',
      'test-results',
      'playwright-report',
      'e2e/artifacts',
      'bench/results',
      'bench/.dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      // import cycles: scripts/check-import-cycles.mjs (the whole graph, type and dynamic imports included, in
      // 0.2 s; eslint-plugin-import's no-cycle took ~45 s of a 70 s lint and found nothing that one does not)
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]",
          message: 'No focused tests.',
        },
      ],
    },
    // eslint-plugin-import with the node resolver (TS sources by extension): import-x's resolver needs
    // native bindings the npm mirror here lacks for other platforms, which breaks `npm ci`.
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } } },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'core does no I/O.' },
        { name: 'localStorage', message: 'core holds no state.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time is an input to core (pass `now`).',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time is an input to core (pass `now`).',
        },
      ],
    },
  },
);
