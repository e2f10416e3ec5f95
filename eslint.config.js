import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'

/** Keeps the import direction app → ui, store, stream, auth → dt, and server → src/dt only. */
const layer = (dir, forbidden, typeOnly = []) => ({
  files: [`${dir}/**/*.{ts,tsx}`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: forbidden, message: 'breaks the import direction (see README, Architecture)' },
          ...(typeOnly.length ? [{ group: typeOnly, allowTypeImports: true, message: 'types only' }] : []),
        ],
      },
    ],
  },
})
const view = ['react', 'react-dom', 'recharts']

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results*'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: {
      'react-hooks': reactHooks,
      'react-refresh': reactRefresh,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['server/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-console': 'off', 'max-lines': 'off' },
  },
  layer('src/dt', ['**/auth/**', '**/stream/**', '**/store/**', '**/ui/**', '**/app/**', 'zustand', ...view]),
  layer('src/auth', ['**/stream/**', '**/store/**', '**/ui/**', '**/app/**', 'zustand', 'react-dom', 'recharts']),
  layer('src/stream', ['**/auth/**', '**/store/**', '**/ui/**', '**/app/**', 'zustand', ...view]),
  layer('src/store', ['**/auth/**', '**/stream/**', '**/ui/**', '**/app/**']),
  layer('src/ui', ['**/auth/**', '**/stream/**', '**/app/**'], ['**/store/**']),
  layer('server', ['**/src/auth/**', '**/src/stream/**', '**/src/store/**', '**/src/ui/**', '**/src/app/**', ...view]),
)
