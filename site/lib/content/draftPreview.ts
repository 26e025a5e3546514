import { AsyncLocalStorage } from 'node:async_hooks'

import type { ExportedItem } from '../../../publishing/format/exportFormat'

const previewing = new AsyncLocalStorage<{ collection: string; item: ExportedItem } | undefined>()

/**
 * Renders with one draft item in place of its published version (or added, when it was never published): the
 * preview of an item uses the very templates and published surroundings of the public site.
 */
export function withDraft<T>(collection: string, item: ExportedItem, render: () => T): T {
  return previewing.run({ collection, item }, render)
}

/** The draft being previewed, if this render is a preview. */
export function previewedDraft(): { collection: string; item: ExportedItem } | undefined {
  return previewing.getStore()
}
