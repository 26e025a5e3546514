import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildsInProgress } from '../../publishing/pipeline/buildMarkers'
import { publishSite } from '../../publishing/pipeline/publishSite'
import { Releases } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { listFiles } from '../helpers/builtSite'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'

/**
 * The site folder (releases, the live link and the live export) is a small tmpfs of its own (the tests run as root,
 * as CI does): filled up, it makes the next build run out of space part-way through, as a full disk would.
 */
const ctx = usePayload()
let payload: Payload
let root: string
let releases: Releases
let mounted = false

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const contentOf = (release: string) => Object.fromEntries(listFiles(release).map((file) => [file, sha256(path.join(release, file))]))
const filler = () => path.join(root, '.filler')

beforeAll(async () => {
  payload = ctx().payload
  root = path.join(ctx().dataDir, 'site')
  releases = new Releases(root)
  fs.mkdirSync(root, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256m', 'tmpfs', root])
  mounted = true
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  expect((await publishSite(payload, { trigger: 'first release', root })).status).toBe('live')
}, 600_000)

afterAll(() => {
  if (!mounted) return
  try {
    execFileSync('umount', [root])
  } catch {
    // Still busy (a build process holding a file): detach it now, the kernel frees it when the last user goes.
    execFileSync('umount', ['-l', root])
  }
})

describe('a build on a full disk', () => {
  it('should fail cleanly, keep the live release, remove its half-written folder and say in Site builds that the disk is full', async () => {
    const live = releases.current()!
    const liveContent = contentOf(live)
    const releasesBefore = releases.list()
    // Leave room for the export and a few pages, not for a release.
    const { bavail, bsize } = fs.statfsSync(root)
    fs.writeFileSync(filler(), Buffer.alloc(bavail * bsize - 512 * 1024))

    const result = await publishSite(payload, { trigger: 'on a full disk', root, full: true })
    expect(result.status).toBe('failed')
    expect(result.error).toMatch(/^The disk is full: there was no space left to write the new release/)

    const { docs } = await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })
    expect(docs[0]).toMatchObject({ status: 'failed', trigger: 'on a full disk' })
    expect(docs[0].error).toMatch(/^The disk is full/)
    expect(docs[0].error).toMatch(/ENOSPC|no space left on device/i)

    expect(releases.current()).toBe(live)
    expect(contentOf(live)).toEqual(liveContent)
    expect(releases.list()).toEqual(releasesBefore)
    expect(fs.readdirSync(path.join(root, 'releases')).filter((name) => name.endsWith('.export'))).toEqual([])
    expect(buildsInProgress(root)).toEqual([])

    // With room again, the next publish goes live.
    fs.rmSync(filler())
    const next = await publishSite(payload, { trigger: 'after freeing space', root, full: true })
    expect(next.error).toBeUndefined()
    expect(next.status).toBe('live')
  }, 600_000)
})
