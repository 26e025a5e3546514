import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueSiteBuild } from '../publishing/queueSiteBuild'

/**
 * Queues a site build when something the public sees changes: a publish, an unpublish, an edit of a published
 * item, or (for collections without drafts) any save.
 */
export const queueSiteBuildOnChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  const hasDrafts = Boolean(collection.versions?.drafts)
  const publicChange = !hasDrafts || doc._status === 'published' || previousDoc?._status === 'published'
  if (publicChange) await queueSiteBuild(req, `${collection.slug} ${doc.id} ${doc._status ?? 'saved'}`)
  return doc
}

/** A deletion of something public queues a build too. */
export const queueSiteBuildOnDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (!collection.versions?.drafts || doc._status === 'published') await queueSiteBuild(req, `${collection.slug} ${doc.id} deleted`)
  return doc
}
