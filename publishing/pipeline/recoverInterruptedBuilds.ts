/**
 * After a crash (kill -9, out of memory, power loss) of the process that was publishing, nothing in that process
 * got to say so: its Site builds record still reads "running", its job in Payload's queue still `processing`, its
 * half-written release and export folders are still on disk. Run at start-up, before the job worker starts
 * (scripts/start.ts), this settles every build whose process is gone, told apart from running ones by the
 * in-progress markers (buildMarkers.ts):
 *
 * - the record becomes "failed" with the reason (or "live", if the process died after switching the release in);
 * - its half-written release and export folders are removed (never the live release), and a build process that
 *   outlived its parent is stopped;
 * - its job is released to run again once (the site then catches up with what was published); a job interrupted a
 *   second time, or one whose work another waiting job will do anyway, is failed instead, so a build that kills its
 *   process cannot loop.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { collectionSlugs } from '../../cms/collectionSlugs'
import { buildsInProgress } from './buildMarkers'
import { killBuildProcess } from './killBuildProcess'
import { isRunning, type ProcessIdentity } from './processIdentity'
import { liveExportDir, siteRoot } from '../releases/siteFolders'
import { publishSiteTaskSlug } from '../../cms/publishing/jobNames'
import { Releases } from '../releases/releases'

export interface RecoveryReport {
  /** Site builds records settled as failed, or as live when the release had gone live. */
  failedBuilds: number
  liveBuilds: number
  /** Half-written release folders removed (folder names). */
  removedReleases: string[]
  retriedJobs: number
  failedJobs: number
}

export const interruptedBuildMessage =
  'Interrupted: the process building this release stopped (killed or crashed) before it finished. The live site was not changed; the half-written release was removed when the portal started again.'

export async function recoverInterruptedBuilds(payload: Payload, root: string = siteRoot): Promise<RecoveryReport> {
  const report: RecoveryReport = { failedBuilds: 0, liveBuilds: 0, removedReleases: [], retriedJobs: 0, failedJobs: 0 }
  const releases = new Releases(root)
  const live = releases.current()
  const markers = buildsInProgress(root)
  const running = markers.filter((marker) => isRunning(marker.owner))
  const wentLive = new Set<number>()

  for (const marker of markers.filter((candidate) => !running.includes(candidate))) {
    if (marker.builder) await stop(marker.builder)
    const folder = path.join(root, 'releases', marker.release)
    if (folder === live) {
      wentLive.add(Date.parse(marker.startedAt))
      adoptExport(`${folder}.export`, root)
    } else if (fs.existsSync(folder)) {
      fs.rmSync(folder, { recursive: true, force: true })
      report.removedReleases.push(marker.release)
    }
    fs.rmSync(`${folder}.export`, { recursive: true, force: true })
    fs.rmSync(marker.file, { force: true })
  }
  removeStaleExportCopies(root)

  const runningStarts = new Set(running.map((marker) => Date.parse(marker.startedAt)))
  const { docs: records } = await payload.find({
    collection: collectionSlugs.siteBuilds,
    where: { status: { equals: 'running' } },
    pagination: false,
    overrideAccess: true,
  })
  for (const record of records) {
    const startedAt = Date.parse(record.startedAt)
    if (runningStarts.has(startedAt)) continue
    const releasedLive = wentLive.has(startedAt) && live
    await payload.update({
      collection: collectionSlugs.siteBuilds,
      id: record.id,
      data: releasedLive
        ? {
            status: 'live',
            finishedAt: new Date().toISOString(),
            release: path.basename(live),
            error: 'The release went live, but the process stopped before it recorded the build’s figures.',
          }
        : { status: 'failed', finishedAt: new Date().toISOString(), error: interruptedBuildMessage },
      overrideAccess: true,
    })
    if (releasedLive) report.liveBuilds++
    else report.failedBuilds++
  }

  // A job is `processing` from the moment the worker takes it; with no build process alive, no worker has one.
  if (running.length === 0) await settleAbandonedJobs(payload, report)
  return report
}

async function settleAbandonedJobs(payload: Payload, report: RecoveryReport) {
  const forSiteBuilds = { taskSlug: { equals: publishSiteTaskSlug } }
  const { docs: abandoned } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [forSiteBuilds, { processing: { equals: true } }] },
    pagination: false,
    overrideAccess: true,
  })
  // The same test queueSiteBuild uses: a waiting job reads everything published by the time it runs.
  let waiting = (
    await payload.count({
      collection: 'payload-jobs',
      where: { and: [forSiteBuilds, { processing: { equals: false } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      overrideAccess: true,
    })
  ).totalDocs
  for (const job of abandoned) {
    const retry = waiting === 0 && (job.totalTried ?? 0) === 0
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: retry
        ? { processing: false, totalTried: 1 }
        : {
            processing: false,
            hasError: true,
            totalTried: (job.totalTried ?? 0) + 1,
            error: { message: waiting > 0 ? `${interruptedBuildMessage} A waiting site build publishes its changes.` : `${interruptedBuildMessage} It was interrupted before; publish again to retry.` },
          },
      overrideAccess: true,
    })
    if (retry) {
      waiting++
      report.retriedJobs++
    } else report.failedJobs++
  }
}

/** Stops a build process that outlived the process that started it, and waits until it is gone. */
async function stop(builder: ProcessIdentity) {
  if (!isRunning(builder)) return
  if (!killBuildProcess(builder.pid)) return
  for (let waited = 0; isRunning(builder) && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
}

/** The export of a release that went live becomes the live export, as publishSite's own last step would have done. */
function adoptExport(exportDir: string, root: string) {
  if (!fs.existsSync(exportDir)) return
  const target = liveExportDir(root)
  const old = `${target}.old-${process.pid}`
  if (fs.existsSync(target)) fs.renameSync(target, old)
  fs.renameSync(exportDir, target)
  fs.rmSync(old, { recursive: true, force: true })
}

/** `export.old-<pid>` folders left by a process killed in the middle of replacing the live export. */
function removeStaleExportCopies(root: string) {
  if (!fs.existsSync(root)) return
  const copy = new RegExp(`^${path.basename(liveExportDir(root))}\\.old-(\\d+)$`)
  for (const name of fs.readdirSync(root)) {
    const pid = copy.exec(name)?.[1]
    if (pid && !isRunning({ pid: Number(pid) })) fs.rmSync(path.join(root, name), { recursive: true, force: true })
  }
}
