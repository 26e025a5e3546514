import type { ExportedItem } from '../../../publishing/format/exportFormat'
import { itemKey, itemPageKey, recordRead } from '../dependencies'

/**
 * The item as pages see it: reading its fields or locales during a render records the page's dependency on it (its
 * long fields record their own, in longFields.ts).
 */
export function traced(collection: string, item: ExportedItem): ExportedItem {
  const key = itemKey(collection, item.id)
  const pageKey = itemPageKey(collection, item.id)
  return {
    id: item.id,
    get updatedAt() {
      recordRead(pageKey)
      return item.updatedAt
    },
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
