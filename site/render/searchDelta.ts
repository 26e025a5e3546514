/**
 * The publish layer's search index (`/pagefind-delta/`): the pages a publish changed since the full release, per
 * language, merged with the main index in the browser (searchIndex.ts makes the main index).
 */
import fs from 'node:fs'
import path from 'node:path'

import { close as closePagefind } from 'pagefind'

import { locales } from '../../cms/locales'
import type { ReleaseView } from '../../publishing/releases/releases'
import { precompress } from './precompress'
import { collectFilters, moveInto, type PagefindEntry, sortedFilters, writeSegment } from './searchIndex'
import { linkSegment, recordSegment, type SegmentRecord, segmentKey } from './searchSegments'

/** Marks a page as coming from the delta index, so the search script prefers it over the main index's older copy. */
const deltaMarker = '<span data-pagefind-meta="concord_layer:delta" hidden></span>'

/**
 * What the search page of one language needs of the publish layer (`/pagefind-delta/superseded/<segment>.json`).
 * One file per language: a reader downloads the out-of-date addresses of their own language only, not those of all
 * eleven (at 76 changed articles that list was 72 KB, more than Pagefind's WebAssembly).
 */
export interface DeltaLanguage {
  /** Pages changed since the full release: the delta index exists (searches of other languages merge it too). */
  delta: boolean
  /** The delta index has pages in this language: the search page merges it. */
  merge: boolean
  /** This language's addresses whose main-index entries are out of date (the layer's pages and the removed ones). */
  superseded: string[]
  /** Filter values of this language's changed pages, so a new topic or year is offered before the next full build. */
  filters: Record<string, string[]>
}

/** The publish layer's search index and facts, in a release. */
export const deltaFolder = 'pagefind-delta'

/** Where a language's part of the publish layer's facts is served from (relative to the release). */
export const deltaLanguageFile = (segment: string) => `${deltaFolder}/superseded/${segment}.json`

/** Writes every language's file, so the search page of each finds one in any release (a full one: nothing changed). */
function writeDeltaLanguages(outDir: string, languages: Map<string, DeltaLanguage>): string[] {
  fs.mkdirSync(path.join(outDir, path.dirname(deltaLanguageFile('en'))), { recursive: true })
  return locales.map(({ segment }) => {
    const file = deltaLanguageFile(segment)
    const facts = languages.get(segment) ?? { delta: false, merge: false, superseded: [], filters: {} }
    fs.writeFileSync(path.join(outDir, file), JSON.stringify(facts))
    return file
  })
}

/** The publish layer's facts of a full release: no page changed since it was built. */
export function writeEmptyDelta(outDir: string) {
  writeDeltaLanguages(outDir, new Map())
}

/** The locale segment of a page (`zh` for `zh/news/…/index.html`), as the main index groups pages by language. */
const segmentOf = (file: string): string | undefined => locales.find(({ segment }) => file.startsWith(`${segment}/`))?.segment

/** What the publish layer's index records for the next publish: its per-language segments, by key. */
export interface IndexedDelta {
  count: number
  segments: Record<string, SegmentRecord>
  /** Languages whose index was linked from the previous release, not indexed again. */
  reused: number
}


/**
 * The search index of the pages changed since the full release (`/pagefind-delta/`), merged with the main index in
 * the browser (Pagefind's `mergeIndex`, which runs it with the WebAssembly the page already loaded), and per
 * language the addresses whose main-index entries are out of date (changed or removed). Pagefind cannot remove a
 * page from an index, so the search script drops those entries.
 *
 * Each language is indexed on its own and keyed like a segment of the main index (searchSegments.ts): a publish
 * changes one language's pages, as a rule, and the other languages' indexes are linked from the previous release
 * instead of being indexed again (Pagefind took about 0.18 s a language, whatever the layer's size).
 */
export async function indexDelta(
  outDir: string,
  pages: { url: string; file: string; html: string }[],
  superseded: string[],
  previous?: { release: ReleaseView; segments: Record<string, SegmentRecord> },
): Promise<IndexedDelta> {
  const deltaDir = path.join(outDir, deltaFolder)
  fs.rmSync(deltaDir, { recursive: true, force: true })
  const searchable = pages.filter((page) => page.html.includes('data-pagefind-body'))
  const languages = new Map<string, { tag: string; merge: boolean; superseded: string[]; filters: Map<string, Set<string>> }>(
    locales.map(({ segment, tag }) => [segment, { tag: tag.toLowerCase(), merge: false, superseded: [], filters: new Map() }]),
  )
  const groups = new Map<string, { url: string; html: string }[]>()
  for (const page of searchable) {
    const segment = segmentOf(page.file) ?? ''
    const language = languages.get(segment)
    if (language) {
      // Pagefind keys its indexes by the page's `lang`: the delta has this language's index when a page has its tag.
      language.merge ||= /<html[^>]*\slang="([^"]+)"/.exec(page.html)?.[1].toLowerCase() === language.tag
      collectFilters(page.html, language.filters)
    }
    const group = groups.get(segment) ?? []
    groups.set(segment, group)
    group.push({ url: page.url, html: page.html.replace('</body>', `${deltaMarker}</body>`) })
  }
  const indexed: IndexedDelta = { count: searchable.length, segments: {}, reused: 0 }
  const entry: PagefindEntry = { version: '', languages: {} }
  let started = false
  try {
    for (const [segment, contents] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      contents.sort((a, b) => a.url.localeCompare(b.url))
      const staging = path.join(outDir, `.${deltaFolder}-${segment || 'other'}`)
      const key = segmentKey({ delta: segment }, contents)
      const record = previous?.segments[key]
      if (previous && record && linkSegment(previous.release, record, staging, deltaFolder)) indexed.reused++
      else {
        started = true
        await writeSegment(staging, {}, contents)
      }
      indexed.segments[key] = recordSegment(staging)
      const written = JSON.parse(fs.readFileSync(path.join(staging, 'pagefind-entry.json'), 'utf8')) as PagefindEntry
      entry.version = written.version
      Object.assign(entry.languages, written.languages)
      moveInto(staging, deltaDir)
    }
  } finally {
    if (started) await closePagefind()
  }
  if (searchable.length > 0) fs.writeFileSync(path.join(deltaDir, 'pagefind-entry.json'), JSON.stringify(entry))
  // The main index holds pages under a locale's segment only (indexRelease): other addresses cannot be out of date there.
  for (const url of superseded) languages.get(segmentOf(url.slice(1)) ?? '')?.superseded.push(url)
  const files = writeDeltaLanguages(
    outDir,
    new Map([...languages].map(([segment, { merge, superseded, filters }]) => [segment, { delta: searchable.length > 0, merge, superseded, filters: sortedFilters(filters) }])),
  )
  // Served compressed: these lists and the entry Pagefind reads are fetched on every load of a search page.
  const entryFile = path.join(deltaFolder, 'pagefind-entry.json')
  precompress(outDir, [...files, ...(fs.existsSync(path.join(outDir, entryFile)) ? [entryFile] : [])])
  return indexed
}
