/**
 * `npm run build`: export the published content → `astro build` → copy downloadable files → Pagefind index →
 * brotli and gzip copies, into `dist/`. `--skip-export` builds from the existing export (used by tests that export themselves).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { createIndex, close as closePagefind } from 'pagefind'

import { dataDir, projectRoot } from '../cms/paths'
import { precompress } from './precompress'

const exportDir = path.resolve(process.env.CONCORD_EXPORT_DIR ?? path.join(dataDir, 'export'))
const outDir = path.resolve(projectRoot, process.env.CONCORD_SITE_OUT ?? 'dist')
const env = { ...process.env, CONCORD_EXPORT_DIR: exportDir, CONCORD_SITE_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1' }

function step(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}) {
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: projectRoot, env: { ...env, ...extraEnv }, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

if (!process.argv.includes('--skip-export')) {
  step('export', 'tsx', ['scripts/export.ts', exportDir], { NODE_ENV: 'production' })
}
step('astro build', 'astro', ['build'])

// Downloads (PDFs, video, captions) and original images (video posters, share images) are served as they are.
for (const [from, to] of [
  ['files', 'files'],
  ['media', 'media'],
]) {
  const source = path.join(exportDir, 'uploads', from)
  if (fs.existsSync(source)) fs.cpSync(source, path.join(outDir, to), { recursive: true })
}

const started = Date.now()
const { index, errors } = await createIndex({})
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
const added = await index.addDirectory({ path: outDir })
if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
await closePagefind()
console.log(`search index: ${added.page_count} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`)

const compressStarted = Date.now()
const compressed = precompress(outDir)
console.log(`precompressed ${compressed} files (brotli, gzip) in ${((Date.now() - compressStarted) / 1000).toFixed(1)} s`)
