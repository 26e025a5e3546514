import path from 'node:path'
import { fileURLToPath } from 'node:url'

import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'

import { defaultLocale, locales } from './cms/locales.ts'

const root = path.dirname(fileURLToPath(import.meta.url))
/** The published-content export the site is built from (`npm run export` writes it). */
const exportDir = path.resolve(process.env.CONCORD_EXPORT_DIR ?? path.join(root, '.data', 'export'))

export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  outDir: process.env.CONCORD_SITE_OUT ?? './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  // Locales come from the registry; pages under site/pages/[locale]/ build every one of them.
  i18n: {
    locales: locales.map((locale) => locale.segment),
    defaultLocale: locales.find((locale) => locale.code === defaultLocale).segment,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx()],
  vite: {
    // Fonts and images stay separate files: inlined as data: URLs they would bloat every page's CSS.
    build: { assetsInlineLimit: 0 },
    resolve: { alias: { '@export': exportDir } },
    server: { fs: { allow: [root, exportDir] } },
  },
})
