import type { TaskConfig } from 'payload'

import { publishSite } from './publishSite'
import { publishSiteTaskSlug } from '../../cms/publishing/jobNames'

/** The Payload job that rebuilds and releases the public site (queued by name: cms/publishing/queueSiteBuild.ts). */
export const publishSiteTask: TaskConfig<{ input: { trigger?: string }; output: { status: string } }> = {
  slug: publishSiteTaskSlug,
  label: 'Publish the public site',
  inputSchema: [{ name: 'trigger', type: 'text' }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => {
    const result = await publishSite(req.payload, { trigger: input.trigger ?? 'job' })
    if (result.status === 'failed') throw new Error(result.error)
    return { output: { status: result.status } }
  },
}
