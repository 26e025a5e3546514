import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'

import { publishSiteTaskSlug, siteBuildQueue } from '../publishing/publishSiteTask'

/**
 * Queues a site build when something the public sees changes: a publish, an unpublish, an edit of a published
 * item, a deletion, or (for collections without drafts) any save. A burst of publishes coalesces: while a build is
 * waiting in the queue, another is not added, because the waiting one will read everything published by then.
 */
export const queueSiteBuildOnChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  const hasDrafts = Boolean(collection.versions?.drafts)
  const publicChange = !hasDrafts || doc._status === 'published' || previousDoc?._status === 'published'
  if (publicChange) await queueSiteBuild(req, `${collection.slug} ${doc.id} ${doc._status ?? 'saved'}`)
  return doc
}

export const queueSiteBuildOnDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (!collection.versions?.drafts || doc._status === 'published') await queueSiteBuild(req, `${collection.slug} ${doc.id} deleted`)
  return doc
}

export async function queueSiteBuild(req: PayloadRequest, trigger: string) {
  if (req.context.seeding || req.context.skipSiteBuild) return
  if (await buildIsWaiting(req.payload, req)) return
  await req.payload.jobs.queue({ task: publishSiteTaskSlug as never, queue: siteBuildQueue, input: { trigger } as never, req })
}

async function buildIsWaiting(payload: Payload, req: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: publishSiteTaskSlug } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
