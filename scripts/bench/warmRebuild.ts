/**
 * Rebuilds through the real publishing path (`publishSite`: export → build into a new release → verify → switch)
 * when nothing has changed since the live release: what an editor waits for when a publish touches nothing
 * visible, and the floor under every publish-to-live figure. Makes the first release first if there is none.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { publishSite } from '../../publishing/pipeline/publishSite'
import { liveExportDir, siteRoot } from '../../publishing/releases/siteFolders'
import { Releases, verifyRelease } from '../../publishing/releases/releases'
import { startMemorySampler } from './memorySampler'

export interface WarmRebuildFigures {
  seconds: number
  /** Summed RSS of this process (Payload, export) and the build processes it starts. */
  peakRssBytes: number
  /** Set when this run had to make the first release before the warm rebuild. */
  firstReleaseSeconds?: number
}

/**
 * Makes sure a release is live (the site server and publish-to-live need one). The full build's output, when this
 * data folder has one, becomes the first release, and its export the live export (hard-linked copies: they are what
 * `publishSite` would build and keep from the same content); otherwise `publishSite` makes it. Returns how long a
 * publish took, when one was needed.
 */
export async function ensureLiveRelease(payload: Payload, benchDir: string, log: (line: string) => void): Promise<number | undefined> {
  const releases = new Releases(siteRoot)
  if (releases.current()) return undefined
  const fullBuild = path.join(benchDir, 'full-build')
  if (fs.existsSync(fullBuild) && verifyRelease(fullBuild).length === 0) {
    const release = releases.create()
    fs.rmSync(release, { recursive: true, force: true })
    // Nothing writes into a release's files (layers replace them), so links are as good as copies, and take seconds.
    execFileSync('cp', ['-al', fullBuild, release])
    const fullExport = path.join(benchDir, 'export')
    if (fs.existsSync(path.join(fullExport, 'manifest.json'))) {
      fs.rmSync(liveExportDir(), { recursive: true, force: true })
      execFileSync('cp', ['-al', fullExport, liveExportDir()])
    }
    releases.switchTo(release)
    log(`  first release: the full build's output (and its export), made live`)
    return undefined
  }
  log('  no live release yet: publishing the first one')
  const result = await publishSite(payload, { trigger: 'bench: first release' })
  if (result.status !== 'live') throw new Error(`The first release failed: ${result.error}`)
  log(`  first release live in ${(result.durationMs / 1000).toFixed(1)} s`)
  return result.durationMs / 1000
}

export async function measureWarmRebuild(payload: Payload, benchDir: string, log: (line: string) => void): Promise<WarmRebuildFigures> {
  const firstReleaseSeconds = await ensureLiveRelease(payload, benchDir, log)
  const sampler = startMemorySampler(process.pid)
  await sampler.ready
  const started = performance.now()
  const result = await publishSite(payload, { trigger: 'bench: warm rebuild, nothing changed' })
  const seconds = (performance.now() - started) / 1000
  const memory = await sampler.stop()
  if (result.status !== 'live') throw new Error(`The warm rebuild failed: ${result.error}`)
  log(`  ${seconds.toFixed(1)} s`)
  return { seconds, peakRssBytes: memory.peakBytes, ...(firstReleaseSeconds === undefined ? {} : { firstReleaseSeconds }) }
}
