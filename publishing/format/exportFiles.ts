/**
 * The export's files. Each collection is one list, `<collection>.json`, of every item without its long fields, and
 * one file per item with those fields, `<collection>/<id>.json`: the rich text and page blocks that only the item's
 * own page shows. Lists, feeds and the route table read the small list; a page loads one item's long fields when it
 * renders. So a renderer's memory does not grow with the corpus (60,000 article bodies are ~500 MB of JSON), and a
 * publish rewrites one list and the changed items' files, linking the rest from the previous export.
 *
 * Each listed item carries a signature of everything exported about it (long fields included), written once when
 * the item is exported, so finding what a publish changed never re-reads the long fields. It has two halves, so the
 * renderer can tell a change to what lists and cards show from a change only the item's own page shows (a text edit).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { type ExportedItem, listingDate } from './exportFormat'

export interface ListedItem extends ExportedItem {
  /**
   * `<card>.<page>`: the signature of what the list entry shows (its locales, its short fields, which translations
   * are outdated, and the date lists are ordered by), then of what only the item's own page and dated outputs read
   * (its long fields and `updatedAt`).
   */
  signature: string
  /** Names of the long fields kept in the item's own file (only those the item has). */
  details?: string[]
}

export const listFile = (dir: string, collection: string) => path.join(dir, `${collection}.json`)
export const detailFile = (dir: string, collection: string, id: unknown) => path.join(dir, collection, `${String(id)}.json`)

function hashOf(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url').slice(0, 20)
}

/** Splits a freshly exported item into its list entry and its long fields, and writes the latter. */
export function writeExportedItem(dir: string, collection: string, item: ExportedItem, detailNames: string[]): ListedItem {
  const data = { ...item.data }
  const details: Record<string, unknown> = {}
  for (const name of detailNames) {
    if (!(name in data)) continue
    details[name] = data[name]
    delete data[name]
  }
  const { updatedAt, ...card } = item
  // The listing date may be `updatedAt` (an item without a date of its own): lists are ordered by it, so it signs the card.
  const signature = `${hashOf({ ...card, data, listed: listingDate(item) })}.${hashOf({ updatedAt, details })}`
  const names = Object.keys(details)
  if (names.length > 0) {
    const file = detailFile(dir, collection, item.id)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(details))
  }
  return { ...item, data, signature, ...(names.length > 0 ? { details: names } : {}) }
}

/** Takes an unchanged item over from the previous export: its list entry as it was, its long fields by hard link. */
export function carryExportedItem(previousDir: string, dir: string, collection: string, listed: ListedItem): ListedItem {
  if (listed.details) linkDetails(detailFile(previousDir, collection, listed.id), detailFile(dir, collection, listed.id))
  return listed
}

/** A hard link (a copy across file systems); the folder is made only when missing, not asked for 10,000 times. */
function linkDetails(from: string, to: string) {
  try {
    fs.linkSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && fs.existsSync(from) && !fs.existsSync(path.dirname(to))) {
      fs.mkdirSync(path.dirname(to), { recursive: true })
      linkDetails(from, to)
    } else fs.copyFileSync(from, to)
  }
}

/**
 * What an export changed since the export it was made from (`since`: that export's `exportedAt`), per collection:
 * the list entries that differ or are new, and the ids gone. A renderer still holding the earlier export can patch
 * it from this instead of reading every list again (site/lib/content/loadedExport.ts). Absent from a full export.
 */
export interface ExportChanges {
  since: string
  collections: Record<string, { changed: ListedItem[]; removed: string[] }>
}

const changesFile = (dir: string) => path.join(dir, 'changes.json')

export function writeChanges(dir: string, changes: ExportChanges) {
  fs.writeFileSync(changesFile(dir), JSON.stringify(changes))
}

export function readChanges(dir: string): ExportChanges | undefined {
  try {
    return JSON.parse(fs.readFileSync(changesFile(dir), 'utf8')) as ExportChanges
  } catch {
    return undefined
  }
}

/**
 * Each list entry's JSON, made once per entry object: a publish writes a list of 10,000 entries of which it changed
 * one, and carries the others over as the same objects (stringifying all of them again took 0.4 s at size M).
 */
const entryJson = new WeakMap<ListedItem, string>()

/** Writes a list: the same bytes as `JSON.stringify(items)`. */
export function writeList(dir: string, collection: string, items: ListedItem[]) {
  const entries = items.map((item) => {
    let json = entryJson.get(item)
    if (json === undefined) entryJson.set(item, (json = JSON.stringify(item)))
    return json
  })
  fs.writeFileSync(listFile(dir, collection), `[${entries.join(',')}]`)
}

export function readList(dir: string, collection: string): ListedItem[] {
  return JSON.parse(fs.readFileSync(listFile(dir, collection), 'utf8')) as ListedItem[]
}

export function readDetails(dir: string, collection: string, id: unknown): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(detailFile(dir, collection, id), 'utf8')) as Record<string, unknown>
}

/** Every item of a collection, whole (the list joined with each item's long fields): for tools and tests. */
export function readCollection(dir: string, collection: string): ExportedItem[] {
  return readList(dir, collection).map(({ signature: _signature, details, ...item }) =>
    details ? { ...item, data: { ...item.data, ...readDetails(dir, collection, item.id) } } : item,
  )
}
