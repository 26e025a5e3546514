import fs from 'node:fs'
import path from 'node:path'

import { close as closePagefind, createIndex } from 'pagefind'

import { locales } from '../../cms/locales'

/**
 * The search index of a whole release (`/pagefind/`): every page marked `data-pagefind-body`, one index per language.
 * Each language is indexed on its own and the indexes are joined into one entry file: Pagefind holds a whole index
 * in memory while it builds (about 230 KB a page), so one run over tens of thousands of pages in every language
 * would need many gigabytes, where a language at a time needs a fraction.
 */
export async function indexRelease(outDir: string, searchableFiles: string[]): Promise<number> {
  const output = path.join(outDir, 'pagefind')
  const entry: PagefindEntry = { version: '', languages: {} }
  let pages = 0
  for (const { segment } of locales) {
    // Pagefind indexes whole pages when none of them has `data-pagefind-body`: a language with only fallback pages
    // must not be indexed at all.
    if (!searchableFiles.some((file) => file.startsWith(`${segment}/`))) continue
    const staging = path.join(outDir, `.pagefind-${segment}`)
    const { index, errors } = await createIndex({})
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    try {
      const added = await index.addDirectory({ path: outDir, glob: `${segment}/**/*.html` })
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
      if (added.page_count === 0) continue
      const written = await index.writeFiles({ outputPath: staging })
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
      pages += added.page_count
    } finally {
      await index.deleteIndex()
    }
    const part = JSON.parse(fs.readFileSync(path.join(staging, 'pagefind-entry.json'), 'utf8')) as PagefindEntry
    entry.version = part.version
    Object.assign(entry.languages, part.languages)
    fs.cpSync(staging, output, { recursive: true })
    fs.rmSync(staging, { recursive: true, force: true })
  }
  await closePagefind()
  fs.mkdirSync(output, { recursive: true })
  fs.writeFileSync(path.join(output, 'pagefind-entry.json'), JSON.stringify(entry))
  return pages
}

interface PagefindEntry {
  version: string
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>
}

/** Marks a page as coming from the delta index, so the search script prefers it over the main index's older copy. */
const deltaMarker = '<span data-pagefind-meta="concord_layer:delta" hidden></span>'

/**
 * The search index of the pages changed since the full release (`/pagefind-delta/`), merged with the main index in
 * the browser (Pagefind's `mergeIndex`), and the list of addresses whose main-index entries are out of date
 * (changed or removed). Pagefind cannot remove a page from an index, so the search script drops those entries.
 */
export async function indexDelta(outDir: string, pages: { url: string; file: string }[], superseded: string[]): Promise<number> {
  const deltaDir = path.join(outDir, 'pagefind-delta')
  fs.rmSync(deltaDir, { recursive: true, force: true })
  const searchable = pages
    .map((page) => ({ ...page, html: fs.readFileSync(path.join(outDir, page.file), 'utf8') }))
    .filter((page) => page.html.includes('data-pagefind-body'))
  let count = 0
  if (searchable.length > 0) {
    const { index, errors } = await createIndex({})
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    try {
      for (const page of searchable) {
        const content = page.html.replace('</body>', `${deltaMarker}</body>`)
        const added = await index.addHTMLFile({ url: page.url, content })
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
        count++
      }
      const written = await index.writeFiles({ outputPath: deltaDir })
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    } finally {
      await closePagefind()
    }
  }
  fs.mkdirSync(deltaDir, { recursive: true })
  fs.writeFileSync(path.join(deltaDir, 'superseded.json'), JSON.stringify({ delta: count > 0, superseded }))
  return count
}
