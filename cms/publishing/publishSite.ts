import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { collectionSlugs } from '../collections/slugs'
import { refreshPlannerStatistics } from '../database'
import { exportPublished } from '../export/exportPublished'
import { dataDir } from '../paths'
import { mirrorRelease } from './mirror'
import { Releases, verifyRelease } from './releases'
import { siteBuilder } from './siteBuilder'

export const siteRoot = path.join(dataDir, 'site')

export interface PublishResult {
  status: 'live' | 'failed'
  release?: string
  durationMs: number
  error?: string
}

/**
 * Builds the public site from what is published now into a new release, checks it, and makes it live; records the
 * build for the admin's build-status view. Any failure (database, build, check, a killed process) leaves the live
 * release untouched and the half-built folder removed.
 */
export async function publishSite(
  payload: Payload,
  trigger: string,
  root: string = siteRoot,
  /** Cancels the build: the build process is killed and the live release stays as it was. */
  signal?: AbortSignal,
  /** `full`: render every page even when only a few changed. */
  options: { full?: boolean } = {},
): Promise<PublishResult> {
  const releases = new Releases(root)
  const started = Date.now()
  const record = await payload.create({
    collection: collectionSlugs.siteBuilds,
    data: { status: 'running', trigger, startedAt: new Date(started).toISOString() },
    overrideAccess: true,
  })
  const live = releases.current()
  const release = releases.create()
  const exportDir = `${release}.export`
  // Where the time went, for the log: operators (and the benchmark) see which step a slow publish spent it in.
  const steps: string[] = []
  let stepStarted = Date.now()
  const step = (label: string) => {
    steps.push(`${label} ${((Date.now() - stepStarted) / 1000).toFixed(2)} s`)
    stepStarted = Date.now()
  }
  try {
    // Only what changed since the live export is read again; a full build reads everything.
    await exportPublished(payload, exportDir, { previous: options.full ? undefined : liveExportDir(root) })
    step('export')
    // Rendered and indexed in the builder's child process, so a crash there cannot take the CMS down: only what
    // changed since the live release when that is possible, everything otherwise.
    const built = await siteBuilder.build({ exportDir, outDir: release, previous: options.full ? undefined : live }, signal)
    const phases = built.log.filter((line) => /^[\w ]+: [\d.]+ s$/.test(line)).join(', ')
    step(`build (${built.kind}${phases ? `: ${phases}` : ''})`)
    const problems = verifyRelease(release)
    if (problems.length > 0) throw new Error(`The new release failed its checks: ${problems.join('; ')}`)
    releases.switchTo(release)
    step('check and switch')
    const durationMs = Date.now() - started
    releases.prune()
    keepExport(exportDir, root)
    // Cheap, and keeps SQLite's query plans right as content grows (a no-op on MongoDB).
    await refreshPlannerStatistics(payload, false).catch(() => undefined)
    mirrorForWebServer(payload, release)
    step('after the switch')
    payload.logger.info({ msg: `Site release ${path.basename(release)} live after ${(durationMs / 1000).toFixed(2)} s: ${steps.join(', ')}` })
    await payload.update({
      collection: collectionSlugs.siteBuilds,
      id: record.id,
      data: {
        status: 'live',
        finishedAt: new Date().toISOString(),
        durationMs,
        release: path.basename(release),
        pages: built.pages,
        kind: built.kind,
        changed: built.written,
      },
      overrideAccess: true,
    })
    return { status: 'live', release, durationMs }
  } catch (error) {
    fs.rmSync(release, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
    const message = error instanceof Error ? error.message : String(error)
    payload.logger.error({ msg: `Site build failed; the live site is unchanged: ${message}` })
    const durationMs = Date.now() - started
    await payload
      .update({
        collection: collectionSlugs.siteBuilds,
        id: record.id,
        data: { status: 'failed', finishedAt: new Date().toISOString(), durationMs, error: message.slice(0, 4000) },
        overrideAccess: true,
      })
      .catch(() => undefined)
    return { status: 'failed', durationMs, error: message }
  } finally {
    fs.rmSync(exportDir, { recursive: true, force: true })
  }
}

/** With `CONCORD_SITE_MIRROR` set, nginx, Caddy or a CDN sync serve a plain copy of each live release (deploy/). */
function mirrorForWebServer(payload: Payload, release: string) {
  const target = process.env.CONCORD_SITE_MIRROR
  if (!target) return
  try {
    mirrorRelease(release, target)
  } catch (error) {
    payload.logger.error({ msg: `The release is live, but mirroring it to ${target} failed: ${(error as Error).message}` })
  }
}

/** The export of the live release stays beside it: previews render drafts among the published content it holds. */
export const liveExportDir = (root: string = siteRoot) => path.join(root, 'export')

function keepExport(exportDir: string, root: string) {
  const target = liveExportDir(root)
  const old = `${target}.old-${process.pid}`
  if (fs.existsSync(target)) fs.renameSync(target, old)
  fs.renameSync(exportDir, target)
  fs.rmSync(old, { recursive: true, force: true })
}
