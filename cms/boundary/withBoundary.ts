import type { CollectionConfig } from 'payload'

import { withInputValidation } from './inputValidation'
import { boundReads } from './readBoundary'
import { boundWrites } from './writeBoundary'

/**
 * Puts a collection behind Concord's API boundary: its reads and writes pass the rules of readBoundary.ts and
 * writeBoundary.ts, and its fields validate drafts and relations (inputValidation.ts). payload.config.ts applies it to
 * every collection, so a collection added later cannot be forgotten (tests/unit/boundary.test.ts checks).
 */
export function withBoundary(collection: CollectionConfig): CollectionConfig {
  return {
    ...withInputValidation(collection),
    hooks: {
      ...collection.hooks,
      beforeOperation: [boundReads, boundWrites, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }
}
