import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const features = ['auth', 'runs', 'samples', 'outputs', 'captions', 'legacy-links', 'preferences'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public/mockServiceWorker.js',
      'src/api/validators.js',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render server text as text.' },
      ],
    },
  },
  // Imports flow one way: app → features → shared (components, lib, api, hooks). Features never import each other.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^@/features/(?!${feature}/)`, message: 'Features never import each other: compose them in src/app.' },
            {
              regex: `^(\\.\\./)+(?!${feature}/)(${features.join('|')})/`,
              message: 'Features never import each other: compose them in src/app.',
            },
            { regex: '^@/app/|^(\\.\\./)+app/', message: 'Features never import app.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/components/**', 'src/lib/**', 'src/api/**', 'src/hooks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^@/(features|app)/|^(\\.\\./)+(features|app)/', message: 'Shared code never imports features or app.' }] },
      ],
    },
  },
  {
    // The demo backend (dev, unit tests, the e2e server) stands for the API: it knows no screen.
    files: ['src/testing/mocks/**', 'src/testing/captions/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@/(features|app)/|^(\\.\\./)+(features|app)/', message: 'The demo backend never imports features or app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', 'src/testing/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },
);
