import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { createIndex } from 'pagefind'

import { locales } from '../../cms/locales'
import { openRelease } from '../../publishing/releases/releases'
import { type SegmentJob, SegmentQueue } from './searchQueue'
import { type PreviousRelease, toPreviousRelease, toReleaseView } from './reusePages'
import { linkSegment, recordSegment, type SegmentRecord, segmentKey } from './searchSegments'

export interface SearchPage {
  /** Address the result links to. */
  url: string
  /** The page's file in the release. */
  file: string
  /** Item date: segments are filled newest first. */
  date?: string
}

/** What the search script needs beside Pagefind's own files (`/pagefind/concord-search.json`). */
export interface SearchManifest {
  /** Per Pagefind language key (`en`, `zh-hans`), the keys of its older segments, newest first. */
  segments: Record<string, string[]>
  /** Per language key, every value of each filter (type, topic, country, year) over all its segments. */
  filters: Record<string, Record<string, string[]>>
}

export const searchManifestFile = 'concord-search.json'

/**
 * Pages per index segment. Pagefind fetches the chunks holding a query's words for every page of an index, so a
 * language with 10,000 pages in one index costs 300 KB–1 MB before the first results; a segment of the newest 400
 * pages keeps a three-word query under 200 KB, and older segments are searched when the reader asks for more.
 * Building segment by segment also bounds Pagefind's memory (about 230 KB a page while it indexes).
 */
export const defaultSegmentPages = 400

/**
 * The search index of a whole release (`/pagefind/`): every page marked `data-pagefind-body`, per language in
 * segments of the newest pages first. The first segment is the language's own Pagefind index (found by the page's
 * `lang`, as Pagefind does); older ones are indexes under private-use language keys (`en-x-s1`) in the same folder,
 * sharing its code and WebAssembly, which the search script merges when a reader wants more results (Pagefind's `mergeIndex`).
 * Pagefind has no segmenting of its own: this is the "several indexes merged at query time" it supports.
 */
export interface IndexReleaseOptions {
  segmentPages?: number
  threads?: number
  /** The previous release and the segments it recorded: a segment with the same key is linked, not indexed. */
  previous?: { release: string; segments: Record<string, SegmentRecord> }
}

export interface IndexedRelease {
  count: number
  /** Every segment of this release, by key (saved in the release's state for the next build). */
  segments: Record<string, SegmentRecord>
  /** Segments linked from the previous release. */
  reused: number
}

export async function indexRelease(outDir: string, pages: SearchPage[], options: IndexReleaseOptions = {}): Promise<IndexedRelease> {
  const segmentPages = Math.max(1, options.segmentPages ?? defaultSegmentPages)
  // Two indexing processes use both cores of a small server. A third kept them busier while workers read pages
  // (200 s → 176 s at size M) but cost 130 MB for its thread and up to 600 MB for its process (a Thai segment): the
  // build went over its 2 GB.
  const threads = Math.max(1, options.threads ?? Math.min(2, os.availableParallelism()))
  // Each language's pages newest first: its first segment holds the newest, searched before any older one.
  const byLanguage = new Map<string, SearchPage[]>(
    locales.map(({ segment }) => [
      segment,
      pages.filter((page) => page.file.startsWith(`${segment}/`)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')),
    ]),
  )
  const queue = new SegmentQueue([...byLanguage].map(([segment, ordered]) => ({ segment, pages: ordered.length })), segmentPages)
  const previous: PreviousSegments | undefined = options.previous && {
    release: toPreviousRelease(openRelease(options.previous.release)),
    segments: options.previous.segments,
  }
  const written: IndexedSegment[] = []
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), {
            workerData: { outDir, previous } satisfies SearchWorkerData,
            execArgv: ['--import', 'tsx/esm'],
          })
          worker.on('message', ({ done }: SearchWorkerMessage) => {
            if (done) {
              written.push(done)
              if (done.part === 0) queue.firstDone(done.segment, Object.keys(done.entry.languages)[0], done.milliseconds)
            }
            void queue.next().then((job) =>
              worker.postMessage((job ? { job, pages: byLanguage.get(job.segment)!.slice(job.first, job.first + job.count) } : null) satisfies SearchWorkerJob),
            )
          })
          worker.once('error', reject)
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`A search index worker exited with ${code}.`))))
        }),
    ),
  )
  return assembleIndex(outDir, written)
}

/**
 * Puts the segments the workers wrote together as one index folder: each language's first segment under Pagefind's
 * key for it, its older ones under theirs, pointing at the first one's WebAssembly (the same stemmer, already loaded
 * in the browser), and the search script's manifest of segments and filter values.
 */
function assembleIndex(outDir: string, written: IndexedSegment[]): IndexedRelease {
  const output = path.join(outDir, 'pagefind')
  const entry: PagefindEntry = { version: '', languages: {} }
  const manifest: SearchManifest = { segments: {}, filters: {} }
  const indexed: IndexedRelease = { count: 0, segments: {}, reused: 0 }
  for (const { segment } of locales) {
    const [first, ...older] = written.filter((one) => one.segment === segment).sort((a, b) => a.part - b.part)
    if (!first) continue
    const [key, firstLanguage] = Object.entries(first.entry.languages)[0]
    entry.version = first.entry.version
    entry.languages[key] = firstLanguage
    const olderKeys = older.flatMap((part) =>
      Object.entries(part.entry.languages).map(([language, value]) => {
        entry.languages[language] = { ...value, wasm: firstLanguage.wasm }
        return language
      }),
    )
    if (olderKeys.length > 0) manifest.segments[key] = olderKeys
    const filters = new Map<string, Set<string>>()
    for (const part of [first, ...older]) {
      for (const [name, values] of Object.entries(part.filters)) filters.set(name, new Set([...(filters.get(name) ?? []), ...values]))
      indexed.count += part.count
      if (part.reused) indexed.reused++
      indexed.segments[part.key] = part.record
      moveInto(part.staging, output)
    }
    manifest.filters[key] = sortedFilters(filters)
  }
  fs.mkdirSync(output, { recursive: true })
  fs.writeFileSync(path.join(output, 'pagefind-entry.json'), JSON.stringify(entry))
  fs.writeFileSync(path.join(output, searchManifestFile), JSON.stringify(manifest))
  return indexed
}

/**
 * Moves a segment's files into the index folder, replacing the copies of Pagefind's scripts every segment has. Moved,
 * not copied: a segment linked from the previous release stays a hard link to its files.
 */
export function moveInto(staging: string, folder: string) {
  for (const entry of fs.readdirSync(staging, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const target = path.join(folder, path.relative(staging, path.join(entry.parentPath, entry.name)))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.renameSync(path.join(entry.parentPath, entry.name), target)
  }
  fs.rmSync(staging, { recursive: true, force: true })
}

/** The previous release's segments as worker threads receive them. */
export interface PreviousSegments {
  release: PreviousRelease
  segments: Record<string, SegmentRecord>
}

/** What a search worker (searchWorker.ts) is started with. */
export interface SearchWorkerData {
  outDir: string
  previous?: PreviousSegments
}

/** A segment to index and its pages, or null when none is left (the worker then closes Pagefind and exits). */
export type SearchWorkerJob = { job: SegmentJob; pages: SearchPage[] } | null

/** What a search worker sends: the segment it wrote (none at its start), asking for the next. */
export interface SearchWorkerMessage {
  done?: IndexedSegment
}

/** One segment as a worker wrote it into its staging folder. */
export interface IndexedSegment {
  segment: string
  part: number
  staging: string
  /** The segment's own `pagefind-entry.json`. */
  entry: PagefindEntry
  filters: Record<string, string[]>
  count: number
  key: string
  record: SegmentRecord
  /** Linked from the previous release rather than indexed. */
  reused: boolean
  milliseconds: number
}

/**
 * Indexes one segment of a language's pages into its staging folder, or links the previous release's copy when its
 * key (what Pagefind reads of its pages, in order) is the same. An older segment leaves out its WebAssembly: the
 * index points it at the first segment's (assembleIndex).
 */
export async function indexSegment(outDir: string, job: SegmentJob, pages: SearchPage[], previous?: PreviousSegments): Promise<IndexedSegment> {
  const started = performance.now()
  const staging = path.join(outDir, `.pagefind-${job.segment}-${job.part}`)
  const contents = pages.map((page) => ({ url: page.url, html: fs.readFileSync(path.join(outDir, page.file), 'utf8') }))
  const filters = new Map<string, Set<string>>()
  for (const { html } of contents) collectFilters(html, filters)
  const indexOptions = job.forceLanguage ? { forceLanguage: job.forceLanguage } : {}
  const key = segmentKey({ segment: job.segment, part: job.part, indexOptions }, contents)
  const record = previous?.segments[key]
  const reused = Boolean(previous && record && linkSegment(toReleaseView(previous.release), record, staging))
  if (!reused) await writeSegment(staging, indexOptions, contents)
  const entry = JSON.parse(fs.readFileSync(path.join(staging, 'pagefind-entry.json'), 'utf8')) as PagefindEntry
  if (job.part > 0) {
    for (const { wasm } of Object.values(entry.languages)) if (wasm) fs.rmSync(path.join(staging, `wasm.${wasm}.pagefind`), { force: true })
  }
  return {
    segment: job.segment,
    part: job.part,
    staging,
    entry,
    filters: sortedFilters(filters),
    count: contents.length,
    key,
    record: recordSegment(staging),
    reused,
    milliseconds: performance.now() - started,
  }
}

/** Indexes one segment's pages with Pagefind into `staging`. */
export async function writeSegment(staging: string, options: { forceLanguage?: string }, pages: { url: string; html: string }[]) {
  fs.rmSync(staging, { recursive: true, force: true })
  const { index, errors } = await createIndex(options)
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.html })
      if (added.errors.length > 0) throw new Error(`Pagefind (${page.url}): ${added.errors.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath: staging })
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
  } finally {
    await index.deleteIndex()
  }
}

const filterPattern = /data-pagefind-filter="([\w-]+)">([^<]*)</g
/** Filters the search page never offers as a menu: one value per item, which would make the manifest grow with the site. */
const internalFilters = new Set(['concord_item'])

/** The values of the page's `data-pagefind-filter` elements (site/components/SearchFilters.astro writes them). */
export function collectFilters(html: string, into: Map<string, Set<string>>) {
  for (const [, name, value] of html.matchAll(filterPattern)) {
    if (internalFilters.has(name)) continue
    let values = into.get(name)
    if (!values) into.set(name, (values = new Set()))
    values.add(decodeEntities(value))
  }
}

export function sortedFilters(filters: Map<string, Set<string>>): Record<string, string[]> {
  return Object.fromEntries([...filters].map(([name, values]) => [name, [...values].sort()]))
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => entities[name])
}

export interface PagefindEntry {
  version: string
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>
}
