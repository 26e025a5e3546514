/**
 * An item's long fields (rich text, blocks), kept in its own file by the export, read when a page asks for them.
 */
import { type ListedItem, readDetails } from '../../../publishing/format/exportFiles'
import type { ExportedItem } from '../../../publishing/format/exportFormat'
import { itemPageKey, recordRead } from '../dependencies'

/**
 * The listed item with its long fields read from its own file when a page asks for them. They are not kept: a full
 * render passes every item once, and holding every body would make memory grow with the corpus. The few items read
 * again and again while a page renders come from a small recent-items cache.
 */
export function withDetails(dir: () => string, collection: string, listed: ListedItem): ExportedItem {
  const { signature: _signature, details, ...item } = listed
  if (!details) return item
  const data = { ...item.data }
  const pageKey = itemPageKey(collection, item.id)
  for (const name of details) {
    const read = () => {
      recordRead(pageKey)
      // The export being read when the page asks: a long-lived renderer moves on to the next export (which has the
      // same file for an item whose list entry it kept, loadedExport.ts).
      return recentDetails(dir(), collection, item.id)[name]
    }
    Object.defineProperty(data, name, { enumerable: true, get: read })
  }
  return { ...item, data }
}

const recent = new Map<string, Record<string, unknown>>()
const recentLimit = 32

function recentDetails(dir: string, collection: string, id: unknown): Record<string, unknown> {
  const key = `${dir}\0${collection}\0${String(id)}`
  let details = recent.get(key)
  if (details) {
    recent.delete(key)
  } else {
    details = readDetails(dir, collection, id)
    if (recent.size >= recentLimit) recent.delete(recent.keys().next().value!)
  }
  recent.set(key, details)
  return details
}

/** Empties the recent-items cache (the export was reloaded). */
export function forgetRecentDetails() {
  recent.clear()
}
