// ESLint for the whole repository: TypeScript (typescript-eslint) and Astro components (eslint-plugin-astro).
// Run by `npm run lint` and by CI (.ci/run); `npm run typecheck` and `npm run check:astro` check the types.
import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    // Generated, vendored or built: not ours to lint.
    ignores: [
      '**/node_modules/**',
      'cms/.next/**',
      'cms/payload-types.ts',
      'cms/migrations/**',
      'cms/app/(payload)/admin/importMap.js',
      'cms/next-env.d.ts',
      'dist/**',
      '.astro/**',
      '.data/**',
      'bench-results/**',
      'test-results/**',
      'content/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks what is deliberately unused (a destructured field left out, a required parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The small progressive scripts run in the reader's browser.
    files: ['public/scripts/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Test files talk to loosely typed JSON answers; `any` there is the test reading a response.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
