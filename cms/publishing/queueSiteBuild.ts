import type { Payload, PayloadRequest } from 'payload'

import { publishSiteTaskSlug, siteBuildQueue } from './jobNames'

/**
 * Queues a site build by name (the job itself is publishSiteTask.ts). A burst of publishes coalesces: while a build is
 * waiting in the queue, another is not added, because the waiting one will read everything published by then.
 */
export async function queueSiteBuild(req: PayloadRequest, trigger: string) {
  if (req.context.seeding || req.context.skipSiteBuild) return
  if (await buildIsWaiting(req.payload, req)) return
  await req.payload.jobs.queue({ task: publishSiteTaskSlug, queue: siteBuildQueue, input: { trigger }, req })
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
