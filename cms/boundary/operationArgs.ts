import type { PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

/**
 * The arguments of Payload's collection operations as the boundary's `beforeOperation` hooks read and adjust them.
 * Payload types them as a union over every operation; the boundary reads the few it needs and writes them back.
 */
export interface OperationArgs {
  collection?: { config: SanitizedCollectionConfig }
  currentDepth?: number
  data?: unknown
  depth?: number
  draft?: boolean
  id?: number | string
  limit?: number
  overrideAccess?: boolean
  pagination?: boolean
  publishAllLocales?: unknown
  publishSpecificLocale?: unknown
  req?: PayloadRequest
  unpublishAllLocales?: unknown
  where?: Where
}
