import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { projectRoot } from '../../cms/paths'

/** Runs the real site build (astro build + Pagefind) from an export folder into `outDir`. */
export function buildSite(exportDir: string, outDir: string) {
  const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/build-site.ts', '--skip-export'], {
    cwd: projectRoot,
    env: { ...process.env, CONCORD_EXPORT_DIR: exportDir, CONCORD_SITE_OUT: outDir, NODE_ENV: 'production' },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`Site build failed:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

/** Every file under a folder, as paths relative to it. */
export function listFiles(root: string): string[] {
  return fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
}

/** All text a reader or a crawler could get from the build: HTML, XML, JSON, and the decompressed search index. */
export function everyText(root: string): string {
  return listFiles(root)
    .map((file) => {
      const full = path.join(root, file)
      if (file.endsWith('.pf_fragment') || file.endsWith('.pf_meta') || file.endsWith('.pf_index')) {
        return zlib.gunzipSync(fs.readFileSync(full)).toString('utf8')
      }
      return /\.(html|xml|json|txt|js)$/.test(file) ? fs.readFileSync(full, 'utf8') : ''
    })
    .join('\n')
}

/** The `<link rel="alternate" hreflang>` pairs of a page. */
export function hreflangs(html: string): Map<string, string> {
  const links = new Map<string, string>()
  for (const match of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) links.set(match[1], match[2])
  return links
}

/** The file a site URL is served from (`/en/news/x/` → `en/news/x/index.html`). */
export function fileForUrl(root: string, url: string): string {
  const pathname = decodeURIComponent(new URL(url, 'http://site.test').pathname)
  return path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
}
