import type { CollectionSlug, Field, Payload } from 'payload'

/**
 * A collection's fields as the running Payload sanitized them (blocks resolved; `createdAt`, `updatedAt`, `_status`
 * and row ids added): what Payload itself reads and writes, and so what the translation workflow, XLIFF exchange and
 * side-by-side editing walk. `collectionConfig` (./index.ts) is the configuration as written, for code that runs
 * without a Payload instance (checking the content corpus, the export).
 */
export function collectionFields(payload: Payload, collection: CollectionSlug): Field[] {
  const found = payload.collections[collection]
  if (!found) throw new Error(`Unknown collection "${collection}"`)
  return found.config.fields
}
