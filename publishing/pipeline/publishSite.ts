import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { collectionSlugs } from '../../cms/collectionSlugs'
import { refreshPlannerStatistics } from '../../cms/database'
import { exportPublished } from '../../cms/export/exportPublished'
import { mirrorRelease } from '../releases/mirror'
import { Releases, removeInBackground, verifyRelease } from '../releases/releases'
import { liveExportDir, siteRoot } from '../releases/siteFolders'
import { BuildMarker } from './buildMarkers'
import { notifyPublishListeners } from './publishListeners'
import type { PublishResult } from './publishResult'
import { siteBuilder } from './siteBuilder'

/** What a publish is asked to do. */
export interface PublishRequest {
  /** What caused it, for the build record (`articles 12 published`, `npm run publish`). */
  trigger: string
  /** The site folder: releases, the live export (publishing/releases/siteFolders.ts). */
  root?: string
  /** Cancels the build: the build process is killed and the live release stays as it was. */
  signal?: AbortSignal
  /** Render every page even when only a few changed. */
  full?: boolean
  /** The public origin, for canonical URLs, `hreflang`, feeds and sitemaps (`SITE_URL`). */
  siteUrl?: string
  /** A folder where each live release is mirrored as plain files for nginx, Caddy or a CDN (`CONCORD_SITE_MIRROR`). */
  mirror?: string
}

/**
 * Builds the public site from what is published now into a new release, checks it, and makes it live; records the
 * build for the admin's build-status view. Any failure (database, build, check, a killed build process, a full disk)
 * leaves the live release untouched and the half-built folder removed; when the publishing process itself is killed,
 * the next start does that (recoverInterruptedBuilds.ts).
 */
export async function publishSite(payload: Payload, request: PublishRequest): Promise<PublishResult> {
  const { trigger, root = siteRoot, signal, full = false, siteUrl = process.env.SITE_URL, mirror = process.env.CONCORD_SITE_MIRROR } = request
  const releases = new Releases(root)
  const started = Date.now()
  const startedAt = new Date(started).toISOString()
  const live = releases.current()
  // The release folder and its in-progress marker come before the record says "running": after a crash, start-up
  // recovery (recoverInterruptedBuilds.ts) tells interrupted builds from running ones by these markers.
  let release: string | undefined
  let marker: BuildMarker | undefined
  let preparationError: unknown
  try {
    release = releases.create()
    marker = BuildMarker.write(root, { release: path.basename(release), startedAt })
  } catch (error) {
    preparationError = error
  }
  const exportDir = release && `${release}.export`
  const cleanUp = () => {
    if (exportDir) fs.rmSync(exportDir, { recursive: true, force: true })
    marker?.remove()
  }
  const record = await payload
    .create({ collection: collectionSlugs.siteBuilds, data: { status: 'running', trigger, startedAt }, overrideAccess: true })
    .catch((error: unknown) => {
      if (release) fs.rmSync(release, { recursive: true, force: true })
      cleanUp()
      throw error
    })
  // Where the time went, for the log: operators (and the benchmark) see which step a slow publish spent it in.
  const steps: string[] = []
  const phases: Record<string, number> = {}
  let stepStarted = Date.now()
  const step = (label: string) => {
    const ms = Date.now() - stepStarted
    steps.push(`${label} ${(ms / 1000).toFixed(2)} s`)
    stepStarted = Date.now()
    return ms
  }
  let switchedAt: number | undefined
  let switched = false
  try {
    if (preparationError || !release || !exportDir) throw preparationError
    // Only what changed since the live export is read again; a full build reads everything.
    await exportPublished(payload, exportDir, { previous: full ? undefined : liveExportDir(root) })
    phases.export = step('export')
    // Rendered and indexed in the builder's child process, so a crash there cannot take the CMS down: only what
    // changed since the live release when that is possible, everything otherwise.
    const built = await siteBuilder.build({ exportDir, outDir: release, previous: full ? undefined : live, siteUrl }, signal, (pid) =>
      marker?.builderStarted(pid),
    )
    const builderPhases = built.log.flatMap((line) => {
      const match = buildPhaseLine.exec(line)
      return match ? [{ line, label: match[1], ms: Math.round(Number(match[2]) * 1000) }] : []
    })
    const buildMs = step(`build (${built.kind}, ${built.rendered} rendered, ${built.written} written${builderPhases.length > 0 ? `: ${builderPhases.map(({ line }) => line).join(', ')}` : ''})`)
    for (const { label, ms } of builderPhases) phases[label] = ms
    phases['builder process'] = Math.max(0, buildMs - builderPhases.reduce((sum, { ms }) => sum + ms, 0))
    const problems = verifyRelease(release)
    if (problems.length > 0) throw new Error(`The new release failed its checks: ${problems.join('; ')}`)
    releases.switchTo(release)
    switched = true
    switchedAt = Date.now()
    phases['check and switch'] = step('check and switch')
    const durationMs = Date.now() - started
    // From here on the new release is live: what follows may fail without taking it down.
    const afterSwitch = await afterTheSwitch(payload, releases, release, exportDir, root, mirror)
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
        ...(afterSwitch ? { error: afterSwitch } : {}),
      },
      overrideAccess: true,
    })
    return published(payload, { status: 'live', release, durationMs, phases, switchedAt })
  } catch (error) {
    // Never the live release: a failure after the switch leaves the new release serving.
    if (release && !switched) fs.rmSync(release, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
    const message = describeFailure(error, root)
    payload.logger.error({ msg: switched ? `Site release is live, but recording it failed: ${message}` : `Site build failed; the live site is unchanged: ${message}` })
    const durationMs = Date.now() - started
    await payload
      .update({
        collection: collectionSlugs.siteBuilds,
        id: record.id,
        data: {
          status: switched ? 'live' : 'failed',
          finishedAt: new Date().toISOString(),
          durationMs,
          ...(switched && release ? { release: path.basename(release) } : {}),
          error: message.slice(0, 4000),
        },
        overrideAccess: true,
      })
      .catch(() => undefined)
    return published(
      payload,
      switched && release ? { status: 'live', release, durationMs, error: message, phases, switchedAt } : { status: 'failed', durationMs, error: message, phases },
    )
  } finally {
    cleanUp()
  }
}

/** A phase line of the builder's log: `render: 1.84 s`. */
const buildPhaseLine = /^([\w ]+): ([\d.]+) s$/

/** Tells this process's publish listeners (publishListeners.ts) and returns the result. */
function published(payload: Payload, result: PublishResult): PublishResult {
  notifyPublishListeners(payload, result)
  return result
}

/** Pruning, the live export, statistics and the mirror: a problem is logged and returned, the release stays live. */
async function afterTheSwitch(payload: Payload, releases: Releases, release: string, exportDir: string, root: string, mirror?: string): Promise<string | undefined> {
  try {
    await releases.prune()
    keepExport(exportDir, root)
  } catch (error) {
    const message = `The release is live, but tidying up after it failed: ${describeFailure(error, root)}`
    payload.logger.error({ msg: message })
    return message
  }
  // Cheap, and keeps SQLite's query plans right as content grows (a no-op on MongoDB).
  await refreshPlannerStatistics(payload, false).catch(() => undefined)
  if (mirror) mirrorForWebServer(payload, release, mirror)
  return undefined
}

/** The error as the Site builds view shows it: a full disk is named as such, with what to do about it. */
export function describeFailure(error: unknown, root: string): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/ENOSPC|no space left on device|os error 28/i.test(message)) {
    return `The disk is full: there was no space left to write the new release under ${root}. Free some space (old backups, logs) and publish again.\n${message}`
  }
  return message
}

/** nginx, Caddy or a CDN sync serve a plain copy of each live release (deploy/). */
function mirrorForWebServer(payload: Payload, release: string, target: string) {
  try {
    mirrorRelease(release, target)
  } catch (error) {
    payload.logger.error({ msg: `The release is live, but mirroring it to ${target} failed: ${(error as Error).message}` })
  }
}

function keepExport(exportDir: string, root: string) {
  const target = liveExportDir(root)
  const old = `${target}.old-${process.pid}`
  if (fs.existsSync(target)) fs.renameSync(target, old)
  fs.renameSync(exportDir, target)
  // In the background: unlinking the old export's 10,000 files took a quarter of a second of the CPU the reader of
  // the release that just went live needs.
  if (fs.existsSync(old)) removeInBackground(old)
}
