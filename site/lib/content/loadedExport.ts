/**
 * Which export the site reads, and each collection of it loaded once: listed newest first, looked up by id, with a
 * signature per item. Everything derived from a load (indexes, orderings) is forgotten with it on `reloadContent`.
 */
import fs from 'node:fs'
import path from 'node:path'

import { listFile, readList } from '../../../publishing/format/exportFiles'
import type { ExportedItem } from '../../../publishing/format/exportFormat'
import { withoutTrace } from '../dependencies'
import { forgetRecentDetails, withDetails } from './longFields'
import { traced } from './tracedItem'

/**
 * The export being read. The renderer names it (`openExport`); `astro dev` is given it in `CONCORD_EXPORT_DIR` when it
 * starts (scripts/dev.ts).
 */
let currentExport = path.resolve(process.env.CONCORD_EXPORT_DIR ?? path.join(process.cwd(), '.data', 'export'))

export const exportDir = () => currentExport

/** Reads the content of this export folder from now on (a long-lived renderer moves from one export to the next). */
export function openExport(dir: string) {
  currentExport = path.resolve(dir)
  reloadContent()
}

export interface Loaded {
  /** Newest first where the collection has a date; the objects pages get, recording reads of their fields. */
  list: ExportedItem[]
  /** The same items as exported, in the same order: for indexes built without recording reads. */
  raw: ExportedItem[]
  byId: Map<string, ExportedItem>
  /** A signature per item of everything exported about it, to tell which items a publish changed. */
  hashes: Map<string, string>
}

const cache = new Map<string, Loaded>()

/** A collection of the current export, loaded on first use. */
export function load(collection: string): Loaded {
  let loaded = cache.get(collection)
  if (!loaded) {
    const dir = exportDir()
    if (!fs.existsSync(listFile(dir, collection))) throw new Error(`No export at ${listFile(dir, collection)}: run \`npm run export\` before building the site.`)
    const listed = readList(dir, collection)
    const dates = new Map(listed.map((item) => [item, itemDate(item)]))
    listed.sort((a, b) => dates.get(b)!.localeCompare(dates.get(a)!) || String(a.id).localeCompare(String(b.id)))
    const raw = listed.map((item) => withDetails(dir, collection, item))
    const list = raw.map((item) => traced(collection, item))
    loaded = {
      list,
      raw,
      byId: new Map(list.map((item) => [String(item.id), item])),
      hashes: new Map(listed.map((item) => [String(item.id), item.signature])),
    }
    cache.set(collection, loaded)
  }
  return loaded
}

/**
 * The date an item is listed by (publication, event start or document date): newest first everywhere. Read outside
 * page renders (loading, the route table, inside queries), where nothing is recorded.
 */
export function itemDate(item: ExportedItem): string {
  return String(item.data.publishedAt ?? item.data.startDate ?? item.data.date ?? item.updatedAt ?? '')
}

/** Signatures of every item of a collection, which the renderer compares to tell what a publish changed. */
export function itemHashes(collection: string): Map<string, string> {
  return load(collection).hashes
}

/** Indexes and orderings computed from the loaded export, once each until it is reloaded. */
const derivedCache = new Map<string, unknown>()

/** `compute`'s answer for `key`, computed once per load and untraced (a query's signature covers what it read). */
export function derived<T>(key: string, compute: () => T): T {
  if (!derivedCache.has(key)) derivedCache.set(key, withoutTrace(compute))
  return derivedCache.get(key) as T
}

/** Forgets the loaded export, so the next read sees a newer one (the preview and long-lived renderers). */
export function reloadContent() {
  cache.clear()
  forgetRecentDetails()
  derivedCache.clear()
  generation++
}

let generation = 0

/** Changes whenever the content is reloaded, so tables derived from it know to rebuild. */
export function contentGeneration(): number {
  return generation
}
