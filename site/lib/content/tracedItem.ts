import type { ExportedItem } from '../../../publishing/format/exportFormat'
import { itemKey, recordRead } from '../dependencies'

/** The item as pages see it: reading its fields or locales during a render records the page's dependency on it. */
export function traced(collection: string, item: ExportedItem): ExportedItem {
  const key = itemKey(collection, item.id)
  return {
    id: item.id,
    updatedAt: item.updatedAt,
    get locales() {
      recordRead(key)
      return item.locales
    },
    get data() {
      recordRead(key)
      return item.data
    },
    get outdated() {
      recordRead(key)
      return item.outdated
    },
  }
}
