import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../cms/paths'
import { BuildMarker, buildsInProgress } from '../../publishing/pipeline/buildMarkers'
import { isRunning } from '../../publishing/pipeline/processIdentity'
import { publishSite } from '../../publishing/pipeline/publishSite'
import { interruptedBuildMessage, recoverInterruptedBuilds } from '../../publishing/pipeline/recoverInterruptedBuilds'
import { openRelease, Releases, resolveReleaseFile } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { listFiles } from '../helpers/builtSite'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'

/**
 * The process that works the publish queue is killed (SIGKILL: no clean-up of its own runs) while it builds a
 * release. The start-up recovery must settle what it left behind, and the next publish must work.
 */
const ctx = usePayload()
let payload: Payload
let root: string
let releases: Releases

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const contentOf = (release: string) => Object.fromEntries(listFiles(release).map((file) => [file, sha256(path.join(release, file))]))
const siteBuild = async (startedAt: string) =>
  (await payload.find({ collection: 'site-builds', where: { startedAt: { equals: startedAt } }, limit: 1 })).docs[0]
const siteJobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishSite' } }, sort: 'createdAt', pagination: false, overrideAccess: true })).docs
/** The HTML the live release serves for an article in English. */
const liveArticlePage = (slug: string) => {
  const file = resolveReleaseFile(openRelease(releases.current()!), `en/news/${slug}/index.html`)
  return file ? fs.readFileSync(file, 'utf8') : ''
}

async function waitFor<T>(find: () => T | undefined | Promise<T | undefined>, gaveUp: Promise<unknown>, what: string): Promise<T> {
  let stopped = false
  void gaveUp.then(() => (stopped = true))
  for (;;) {
    const found = await find()
    if (found) return found
    if (stopped) throw new Error(`The worker exited before ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

beforeAll(async () => {
  payload = ctx().payload
  root = path.join(ctx().dataDir, 'site')
  releases = new Releases(root)
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  expect((await publishSite(payload, { trigger: 'first release', root })).status).toBe('live')
}, 600_000)

describe('a publish whose process is killed', () => {
  it('should be marked failed, its half-written release removed and its job retried, with the live release intact', async () => {
    const live = releases.current()!
    const liveContent = contentOf(live)
    const releasesBefore = releases.list()
    const article = (await payload.find({ collection: 'articles', locale: 'en', limit: 1 })).docs[0]
    // An editor's publish queues the site build, as in the admin.
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { title: 'Edited before the crash', _status: 'published' } })
    expect((await siteJobs()).filter((job) => !job.completedAt)).toHaveLength(1)

    // The serving process's job worker, as a real process on this test's data folder.
    const worker = spawn(process.execPath, ['--import', 'tsx/esm', 'tests/helpers/siteJobWorker.ts'], {
      cwd: projectRoot,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    worker.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    worker.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<{ signal: NodeJS.Signals | null }>((resolve) => worker.once('exit', (_code, signal) => resolve({ signal })))
    // The build is running once its marker names the build process it was handed to.
    const marker = await waitFor(() => buildsInProgress(root).find((candidate) => candidate.builder), exited, `its build started:\n${output}`)
    worker.kill('SIGKILL')
    expect((await exited).signal).toBe('SIGKILL')

    // What the crash left: a build "running" for ever, a job `processing` for ever, a half-written release.
    const halfWritten = path.join(root, 'releases', marker.release)
    expect((await siteBuild(marker.startedAt)).status).toBe('running')
    expect((await siteJobs()).filter((job) => job.processing)).toHaveLength(1)
    expect(fs.existsSync(halfWritten)).toBe(true)

    // What `npm start` runs before the admin works the queue again.
    const report = await recoverInterruptedBuilds(payload, root)
    expect(report).toEqual({ failedBuilds: 1, liveBuilds: 0, removedReleases: [marker.release], retriedJobs: 1, failedJobs: 0 })
    const record = await siteBuild(marker.startedAt)
    expect(record).toMatchObject({ status: 'failed', error: interruptedBuildMessage })
    expect(record.finishedAt).toBeTruthy()
    expect(fs.existsSync(halfWritten)).toBe(false)
    expect(fs.existsSync(`${halfWritten}.export`)).toBe(false)
    expect(buildsInProgress(root)).toEqual([])
    expect(isRunning(marker.builder!)).toBe(false)
    expect(releases.list()).toEqual(releasesBefore)
    expect(releases.current()).toBe(live)
    expect(contentOf(live)).toEqual(liveContent)
    const [job] = await siteJobs()
    expect(job).toMatchObject({ processing: false, totalTried: 1 })
    expect(job.hasError).not.toBe(true)

    // The serving process's next round runs the released job: the edit goes live after all.
    await payload.jobs.run({ queue: 'site' })
    expect(releases.current()).not.toBe(live)
    expect(liveArticlePage(article.slug!)).toContain('Edited before the crash')
    // Payload deletes a job once it completes: nothing is left waiting or processing.
    expect((await siteJobs()).filter((job) => !job.completedAt)).toEqual([])

    // And the next publish works as usual.
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { title: 'Edited after the recovery', _status: 'published' } })
    await payload.jobs.run({ queue: 'site' })
    expect(liveArticlePage(article.slug!)).toContain('Edited after the recovery')
    const { docs } = await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })
    expect(docs[0]).toMatchObject({ status: 'live', release: path.basename(releases.current()!) })
  }, 600_000)

  it('should leave a build alone whose process is still running', async () => {
    // This test process plays a publish in progress: its marker names a living process.
    const startedAt = new Date().toISOString()
    const release = 'still-building'
    fs.mkdirSync(path.join(root, 'releases', release), { recursive: true })
    const marker = BuildMarker.write(root, { release, startedAt })
    const record = await payload.create({ collection: 'site-builds', data: { status: 'running', trigger: 'in progress', startedAt } })
    try {
      const report = await recoverInterruptedBuilds(payload, root)
      expect(report).toMatchObject({ failedBuilds: 0, removedReleases: [] })
      expect((await siteBuild(startedAt)).status).toBe('running')
      expect(fs.existsSync(path.join(root, 'releases', release))).toBe(true)
    } finally {
      marker.remove()
      fs.rmSync(path.join(root, 'releases', release), { recursive: true, force: true })
      await payload.delete({ collection: 'site-builds', id: record.id })
    }
  })
})
