/**
 * The names under which the CMS queues publishing work: hooks and workflow actions queue a job by these names only
 * (queueSiteBuild.ts); the job itself, publishing/pipeline/publishSiteTask.ts, is registered in payload.config.ts.
 */
export const publishSiteTaskSlug = 'publishSite'
export const siteBuildQueue = 'site'
