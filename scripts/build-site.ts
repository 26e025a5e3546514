/**
 * `npm run build`: export the published content, then build the site into `CONCORD_SITE_OUT` (default `dist/`):
 * every page, the search index and brotli/gzip copies. Options:
 *   --skip-export        build from the existing export (`CONCORD_EXPORT_DIR`)
 *   --previous <release> build only what changed since that release, layered over it (the publish path)
 *   --full               build everything even when --previous is given
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { dataDir, projectRoot } from '../cms/paths'
import { buildRelease } from '../site/render/buildRelease'

const { values } = parseArgs({
  options: { 'skip-export': { type: 'boolean' }, previous: { type: 'string' }, full: { type: 'boolean' } },
})
const exportDir = path.resolve(process.env.CONCORD_EXPORT_DIR ?? path.join(dataDir, 'export'))
const outDir = path.resolve(projectRoot, process.env.CONCORD_SITE_OUT ?? 'dist')
const started = Date.now()

if (!values['skip-export']) {
  const result = spawnSync('tsx', ['scripts/export.ts', exportDir], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    console.error(`export failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
  console.log(`export: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

// A plain `npm run build` replaces dist/ as a whole; releases are always fresh folders.
if (!values.previous) fs.rmSync(outDir, { recursive: true, force: true })
const result = await buildRelease({ exportDir, outDir, previous: values.previous, full: values.full })
// One line a phase (`render: 5.4 s`), read by the benchmark, then the summary publishSite reads.
const phaseLabels: Record<string, string> = { bundle: 'site bundle', render: 'render', assets: 'render assets', layer: 'render layer', search: 'search index', compress: 'compress' }
for (const [phase, ms] of Object.entries(result.timings)) console.log(`${phaseLabels[phase] ?? phase}: ${(ms / 1000).toFixed(1)} s`)
const reused = result.reused ? ` (reused from the previous release: ${result.reused.files} files, ${result.reused.segments} search segments)` : ''
console.log(`${result.kind} build: ${result.rendered} rendered, ${result.written} written, ${result.pages} pages and files${reused}`)
