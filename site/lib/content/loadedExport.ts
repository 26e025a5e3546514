/**
 * Which export the site reads, and each collection of it loaded once: listed newest first, looked up by id, with a
 * signature per item. Everything derived from a load (indexes, orderings) is forgotten with it on `reloadContent`.
 */
import fs from 'node:fs'
import path from 'node:path'

import { type ExportChanges, listFile, readChanges, readList } from '../../../publishing/format/exportFiles'
import { type ExportedItem, listingDate, readManifest } from '../../../publishing/format/exportFormat'
import { withoutTrace } from '../dependencies'
import { forgetRecentDetails, withDetails } from './longFields'
import { traced } from './tracedItem'

/**
 * The export being read. The renderer names it (`openExport`); `astro dev` is given it in `CONCORD_EXPORT_DIR` when it
 * starts (scripts/dev.ts).
 */
let currentExport = path.resolve(process.env.CONCORD_EXPORT_DIR ?? path.join(process.cwd(), '.data', 'export'))

export const exportDir = () => currentExport

/** The `exportedAt` of the export whose collections are loaded (the last one opened). */
let loadedExport: string | undefined

/**
 * Reads the content of this export folder from now on (a long-lived renderer moves from one export to the next).
 * When it was made from the export loaded now and changes only what items' own pages show, the loaded collections
 * are patched instead of read again (`patchPageHalves`).
 */
export function openExport(dir: string): 'patched' | 'reloaded' {
  currentExport = path.resolve(dir)
  const exportedAt = manifestStamp(currentExport)
  const changes = readChanges(currentExport)
  const patched = Boolean(loadedExport && exportedAt && changes?.since === loadedExport && patchPageHalves(changes))
  if (!patched) reloadContent()
  loadedExport = exportedAt
  return patched ? 'patched' : 'reloaded'
}

function manifestStamp(dir: string): string | undefined {
  try {
    return readManifest(dir).exportedAt
  } catch {
    return undefined
  }
}

/**
 * Applies an export's changes to the loaded collections when every changed item was loaded and changed only the
 * half of its signature its own pages read (its long fields and `updatedAt`, exportFiles.ts): its card, its place
 * in every list and everything derived from the lists (indexes, the route table) then stay as they are. A publish
 * of an edited text at size M no longer reads 10,000 list entries and rebuilds a table of 275,000 routes. Returns
 * false, having changed nothing, when any change is more than that.
 */
function patchPageHalves(changes: ExportChanges): boolean {
  const patches: { item: ExportedItem; loaded: Loaded; id: string; updatedAt: string; signature: string }[] = []
  for (const [collection, { changed, removed }] of Object.entries(changes.collections)) {
    const loaded = cache.get(collection)
    // Not loaded yet: read from the new export when first asked for.
    if (!loaded) continue
    if (removed.length > 0) return false
    for (const listed of changed) {
      const id = String(listed.id)
      const before = loaded.hashes.get(id)
      const position = loaded.raw.findIndex((item) => String(item.id) === id)
      if (before === undefined || position < 0 || before.split('.')[0] !== listed.signature.split('.')[0]) return false
      if (JSON.stringify(loaded.details[position]) !== JSON.stringify(listed.details)) return false
      patches.push({ item: loaded.raw[position], loaded, id, updatedAt: listed.updatedAt, signature: listed.signature })
    }
  }
  for (const { item, loaded, id, updatedAt, signature } of patches) {
    item.updatedAt = updatedAt
    loaded.hashes.set(id, signature)
  }
  forgetRecentDetails()
  return true
}

export interface Loaded {
  /** Newest first where the collection has a date; the objects pages get, recording reads of their fields. */
  list: ExportedItem[]
  /** The same items as exported, in the same order: for indexes built without recording reads. */
  raw: ExportedItem[]
  byId: Map<string, ExportedItem>
  /** A signature per item of everything exported about it, to tell which items a publish changed. */
  hashes: Map<string, string>
  /** Per item of `raw`, the names of its long fields kept in its own file. */
  details: (string[] | undefined)[]
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
    const raw = listed.map((item) => withDetails(exportDir, collection, item))
    const list = raw.map((item) => traced(collection, item))
    loaded = {
      list,
      raw,
      byId: new Map(list.map((item) => [String(item.id), item])),
      hashes: new Map(listed.map((item) => [String(item.id), item.signature])),
      details: listed.map((item) => item.details),
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
  return listingDate(item)
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
