/**
 * Run by `npm start` before the admin starts working the job queue: settles the site builds a crash or `kill -9`
 * interrupted (publishing/pipeline/recoverInterruptedBuilds.ts). Harmless when there is nothing to recover.
 */
import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { recoverInterruptedBuilds } from '../publishing/pipeline/recoverInterruptedBuilds'

const payload = await getPayload({ config })
try {
  const report = await recoverInterruptedBuilds(payload)
  const settled = report.failedBuilds + report.liveBuilds
  if (settled > 0 || report.retriedJobs + report.failedJobs > 0) {
    console.log(
      `Recovered from an interrupted publish: ${report.failedBuilds} build(s) marked failed, ${report.liveBuilds} marked live, ` +
        `${report.removedReleases.length} half-written release(s) removed, ${report.retriedJobs} job(s) queued again, ${report.failedJobs} failed. The live site was not changed.`,
    )
  }
} finally {
  await payload.destroy()
}
process.exit(0)
