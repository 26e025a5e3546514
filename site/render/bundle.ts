/**
 * The site's server bundle, built by `astro build` only when the site's code changed: publishing content reuses it.
 * Bundles are a build cache (`node_modules/.cache/concord/site-bundle/<hash of the sources>/`), shared by every data
 * folder of the checkout; the newest few are kept.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'

/**
 * What the bundle is built from, hashed for its cache key: the site, its public files, its config, the packages, and
 * what it imports from outside site/: the locale registry, the API's read limits (quoted by the API guide), the
 * slug and old-address rules (for legacy addresses and redirects) and the export format it reads.
 * tests/unit/bundleSources.test.ts follows the bundle's imports and fails when one is missing here.
 */
export const bundleSources = [
  'site',
  'public',
  'astro.config.mjs',
  'cms/locales.ts',
  'cms/boundary/limits.ts',
  'cms/fields/slugify.ts',
  'cms/import/oldAddress.ts',
  'publishing/format',
  'package-lock.json',
]

export interface SiteBundle {
  dir: string
  hash: string
  /** The server entry exporting the App and the renderer's helpers (site/render/serverEntry.ts). */
  entry: string
  /** Client assets and public files, copied into every full release. */
  clientDir: string
}

/** A hash of everything the bundle is built from, including the site URL baked into canonical links. */
export function bundleHash(siteUrl = process.env.SITE_URL ?? ''): string {
  const hash = createHash('sha1').update(siteUrl)
  for (const source of bundleSources) {
    const full = path.join(projectRoot, source)
    if (!fs.existsSync(full)) continue
    const files = fs.statSync(full).isDirectory()
      ? fs.readdirSync(full, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
      : [full]
    for (const file of files.sort()) hash.update(path.relative(projectRoot, file)).update(fs.readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

const bundlesRoot = path.join(projectRoot, 'node_modules', '.cache', 'concord', 'site-bundle')

/** Where the bundle of a given source hash lives. */
export const bundleDir = (hash: string) => path.join(bundlesRoot, hash)

export function ensureBundle(log: (line: string) => void = console.log): SiteBundle {
  const hash = bundleHash()
  const root = bundlesRoot
  const dir = bundleDir(hash)
  const bundle = { dir, hash, entry: path.join(dir, 'server', 'entry.mjs'), clientDir: path.join(dir, 'client') }
  if (fs.existsSync(bundle.entry)) return bundle
  const started = Date.now()
  const staging = `${dir}.tmp-${process.pid}`
  const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: projectRoot,
    env: { ...process.env, CONCORD_BUNDLE_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true })
    throw new Error(`astro build failed (exit ${result.status ?? result.signal}).`)
  }
  // Another process may have built the same sources meanwhile: theirs is as good as ours.
  if (fs.existsSync(bundle.entry)) fs.rmSync(staging, { recursive: true, force: true })
  else fs.renameSync(staging, dir)
  log(`site bundle ${hash}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  for (const old of fs.readdirSync(root).filter((name) => name !== hash && !name.includes('.tmp-'))
    .map((name) => path.join(root, name)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs).slice(2)) {
    fs.rmSync(old, { recursive: true, force: true })
  }
  return bundle
}
