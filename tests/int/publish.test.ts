import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { publishSite } from '../../cms/publishing/publishSite'
import { Releases } from '../../cms/publishing/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { everyText } from '../helpers/builtSite'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { createUser } from '../helpers/users'

const ctx = usePayload()
let payload: Payload
let root: string
let releases: Releases
let editor: Awaited<ReturnType<typeof createUser>>

const live = (relative: string) => path.join(releases.currentLink, relative)
const pendingBuilds = async () =>
  (await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'publishSite' } }, { completedAt: { exists: false } }] } })).totalDocs
/** Runs the queued site builds the way the serving process does. */
const runQueuedBuilds = () => payload.jobs.run({ queue: 'site' })

beforeAll(async () => {
  payload = ctx().payload
  root = path.join(ctx().dataDir, 'site')
  releases = new Releases(root)
  editor = await createUser(payload, 'editor')
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  expect((await publishSite(payload, 'first release', root)).status).toBe('live')
}, 120_000)

describe('publishing', () => {
  it('should put a published article live in every locale and in search, through the job queue', async () => {
    await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Freshly published', summary: 'PUBLISHMARKER', body: paragraph('PUBLISHMARKER body'), _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(await pendingBuilds()).toBe(1)
    await runQueuedBuilds()
    expect(fs.existsSync(live('en/news/freshly-published/index.html'))).toBe(true)
    expect(fs.existsSync(live('zh/news/freshly-published/index.html'))).toBe(true)
    expect(fs.readFileSync(live('en/feeds/news.xml'), 'utf8')).toContain('Freshly published')
    expect(everyText(path.resolve(releases.current()!, 'pagefind'))).toContain('PUBLISHMARKER')
    const [build] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })).docs
    expect(build).toMatchObject({ status: 'live' })
    expect(build.durationMs).toBeGreaterThan(0)
  }, 120_000)

  it('should coalesce a burst of publishes into one build that carries them all', async () => {
    for (let index = 1; index <= 10; index++) {
      await payload.create({
        collection: 'articles',
        locale: 'en',
        data: { title: `Burst ${index}`, summary: 's', body: paragraph('b'), _status: 'published' },
        user: editor,
        overrideAccess: false,
      })
    }
    expect(await pendingBuilds()).toBe(1)
    await runQueuedBuilds()
    for (let index = 1; index <= 10; index++) expect(fs.existsSync(live(`en/news/burst-${index}/index.html`)), `burst ${index}`).toBe(true)
  }, 120_000)

  it('should take an unpublished article off pages, feeds, sitemaps and search', async () => {
    const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'freshly-published' } } })
    await payload.update({ collection: 'articles', id: docs[0].id, data: { _status: 'draft' }, user: editor, overrideAccess: false })
    await runQueuedBuilds()
    expect(fs.existsSync(live('en/news/freshly-published/index.html'))).toBe(false)
    expect(everyText(releases.current()!)).not.toContain('PUBLISHMARKER')
  }, 120_000)

  it('should leave the live release untouched and report the error when the database fails mid-build', async () => {
    const before = releases.current()
    const homeBefore = fs.readFileSync(live('en/index.html'))
    const failing = new Proxy(payload, {
      get: (target, property) =>
        property === 'find' ? () => Promise.reject(new Error('database unavailable')) : Reflect.get(target, property),
    })
    const result = await publishSite(failing, 'database test', root)
    expect(result).toMatchObject({ status: 'failed', error: 'database unavailable' })
    expect(releases.current()).toBe(before)
    expect(fs.readFileSync(live('en/index.html')).equals(homeBefore)).toBe(true)
    expect(releases.list()).toContain(before)
    const [build] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })).docs
    expect(build).toMatchObject({ status: 'failed', error: 'database unavailable' })
  }, 120_000)
})

describe('a killed build', () => {
  it('should leave the live release untouched, remove the half-built one and show the failure', async () => {
    const before = releases.current()
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 1500)
    const result = await publishSite(payload, 'killed build', root, controller.signal)
    expect(result.status).toBe('failed')
    expect(result.error).toMatch(/killed/)
    expect(releases.current()).toBe(before)
    expect(releases.list().at(-1)).toBe(before)
    const [build] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })).docs
    expect(build).toMatchObject({ status: 'failed' })
  }, 120_000)
})

describe('slug changes', () => {
  it('should keep the old address of a published item working with a permanent redirect', async () => {
    const { serveSite } = await import('../../scripts/siteServer')
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Original address', summary: 's', body: paragraph('b'), _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { slug: 'new-address', _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    await runQueuedBuilds()
    const server = await serveSite(() => releases.currentLink)
    try {
      const old = await fetch(`${server.url}/en/news/original-address/`, { redirect: 'manual' })
      expect(old.status).toBe(301)
      expect(old.headers.get('location')).toBe('/en/news/new-address/')
      expect((await fetch(`${server.url}/en/news/new-address/`)).status).toBe(200)
    } finally {
      await server.close()
    }
    expect(fs.readFileSync(live('redirects.nginx.conf'), 'utf8')).toContain('location = "/en/news/original-address/" { return 301 "/en/news/new-address/"; }')
    expect(fs.readFileSync(live('redirects.caddy'), 'utf8')).toContain('redir "/en/news/original-address/" "/en/news/new-address/" permanent')
  }, 120_000)
})
