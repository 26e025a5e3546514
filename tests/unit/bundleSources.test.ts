import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { projectRoot } from '../../cms/paths'
import { bundleSources } from '../../site/render/bundle'

const codeFile = /\.(ts|mts|js|mjs|astro|mdx)$/
const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g

/** A relative import resolved as the bundler resolves it (extension optional, or a folder's index). */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier)
  const candidates = [base, ...['.ts', '.mts', '.js', '.mjs', '.astro'].map((extension) => base + extension), path.join(base, 'index.ts')]
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile())
}

/** Every file of the project the site's server bundle is built from: its entries and all they import, transitively. */
function bundledFiles(): Set<string> {
  const site = path.join(projectRoot, 'site')
  // The bundle's entries: astro.config.mjs, and everything under site/ but the builder (site/render/, which runs from
  // source in its own process), whose one file in the bundle is the server entry.
  const entries = [
    path.join(projectRoot, 'astro.config.mjs'),
    path.join(site, 'render', 'serverEntry.ts'),
    ...fs
      .readdirSync(site, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && codeFile.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => !file.startsWith(path.join(site, 'render') + path.sep)),
  ]
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    for (const [, specifier] of fs.readFileSync(file, 'utf8').matchAll(specifiers)) {
      const resolved = resolveImport(file, specifier)
      if (resolved && codeFile.test(resolved)) queue.push(resolved)
    }
  }
  return seen
}

describe('the site bundle\u2019s cache key', () => {
  // A file the bundle is built from but not hashed: a change to it would leave every publish on the stale bundle.
  it('should hash every file the bundle is built from', () => {
    const covered = (file: string) =>
      bundleSources.some((source) => {
        const relative = path.relative(path.join(projectRoot, source), file)
        return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
      })
    const files = [...bundledFiles()].map((file) => path.relative(projectRoot, file))
    expect(files).toContain(path.join('cms', 'locales.ts'))
    expect(files.filter((file) => !covered(path.join(projectRoot, file)))).toEqual([])
  })
})
