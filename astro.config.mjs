import mdx from '@astrojs/mdx'
import { defineConfig } from 'astro/config'

import { defaultLocale, locales } from './cms/locales.ts'
import { concordRenderer } from './site/render/adapter.ts'


export default defineConfig({
  srcDir: './site',
  publicDir: './public',
  // Astro builds a server bundle; Concord's renderer (site/render/) writes the static pages from it, all of them or
  // only those a publish affects.
  output: 'server',
  adapter: concordRenderer(),
  // site/render/bundle.ts builds into its cache (node_modules/.cache/concord/site-bundle/<hash>/) through
  // CONCORD_BUNDLE_DIR; the default is only for running `astro build` by hand.
  outDir: process.env.CONCORD_BUNDLE_DIR ?? './.data/site-bundle',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  // Locales come from the registry. Every localized page is rendered by site/pages/[...path].astro from the route
  // table (site/lib/sitePages.ts); site/pages/[locale]/ holds only the feeds and sitemaps.
  i18n: {
    locales: locales.map((locale) => locale.segment),
    defaultLocale: locales.find((locale) => locale.code === defaultLocale).segment,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // No syntax highlighting in the guides: Shiki colours code with inline styles, which the site's CSP refuses.
  integrations: [mdx({ syntaxHighlight: false })],
  vite: {
    // Fonts and images stay separate files: inlined as data: URLs they would bloat every page's CSS.
    build: { assetsInlineLimit: 0 },
  },
})
