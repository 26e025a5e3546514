import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishSite } from '../../publishing/pipeline/publishSite'
import { openRelease, Releases } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { serveSite } from '../../publishing/serve/siteServer'
import { listFiles } from '../helpers/builtSite'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { restApi } from '../helpers/rest'
import { paragraph } from '../helpers/richText'
import { otherLanguageResults, searchResults, searchWithTraffic } from '../helpers/search'
import { createUser } from '../helpers/users'

const ctx = usePayload()
let payload: Payload
let root: string
let releases: Releases
let rest: Awaited<ReturnType<typeof restApi>>
let site: Awaited<ReturnType<typeof serveSite>>

const pendingBuilds = async () =>
  (await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'publishSite' } }, { completedAt: { exists: false } }] } })).totalDocs
/** Runs the queued site builds the way the serving process does. */
const runQueuedBuilds = () => payload.jobs.run({ queue: 'site' })
/** What the live site answers at an address, through the site server (so layered releases resolve as served). */
const live = async (address: string) => {
  const response = await fetch(`${site.url}${address}`, { redirect: 'manual' })
  return { status: response.status, text: await response.text(), location: response.headers.get('location') }
}
/** Processes of this machine running a render worker (site/render/renderWorker.ts), zombies aside. */
const renderWorkersRunning = () =>
  fs.readdirSync('/proc').filter((pid) => {
    try {
      return /^\d+$/.test(pid) && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('renderWorker.ts')
    } catch {
      return false
    }
  })
const latestBuild = async () => (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })).docs[0]

beforeAll(async () => {
  payload = ctx().payload
  root = path.join(ctx().dataDir, 'site')
  releases = new Releases(root)
  const editor = await createUser(payload, 'editor')
  rest = await restApi(payload, editor)
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  expect((await publishSite(payload, { trigger: 'first release', root })).status).toBe('live')
  site = await serveSite(() => releases.currentLink)
}, 180_000)

afterAll(() => site?.close())

const newArticle = (title: string, marker = 's') =>
  rest.post('/articles?locale=en', { title, summary: marker, body: paragraph(`${marker} body`), _status: 'published' })
/** An article of the test's own, published and live (each test makes what it needs: any one can run alone). */
async function liveArticle(title: string, marker: string) {
  const { doc } = (await newArticle(title, marker)) as { doc: { id: number; slug: string } }
  await runQueuedBuilds()
  expect((await live(`/en/news/${doc.slug}/`)).status, `${title} went live`).toBe(200)
  return doc
}

describe('publishing through the REST API', () => {
  it('should put a published article live in every locale and in search, rendering only what it affects', async () => {
    await newArticle('Freshly published', 'PUBLISHMARKER')
    expect(await pendingBuilds()).toBe(1)
    await runQueuedBuilds()
    expect((await live('/en/news/freshly-published/')).text).toContain('Freshly published')
    // Other locales show the English text as a fallback page until a translation is published.
    expect((await live('/zh/news/freshly-published/')).status).toBe(200)
    expect((await live('/en/feeds/news.xml')).text).toContain('Freshly published')
    expect((await live('/en/sitemaps/news-1.xml')).text).toContain('/en/news/freshly-published/')
    // Pagefind also offers loose matches from other pages; the new page must be there, once.
    expect((await searchResults(site.url, 'en', 'PUBLISHMARKER')).filter((url) => url === '/en/news/freshly-published/')).toHaveLength(1)
    const build = await latestBuild()
    expect(build).toMatchObject({ status: 'live', kind: 'incremental' })
    expect(build.durationMs).toBeGreaterThan(0)
    expect(build.changed).toBeLessThan(build.pages! / 4)
  }, 120_000)

  it('should show an edit in place of the old text, on the page and in search', async () => {
    const article = await liveArticle('Edited in place', 'BEFOREEDITMARKER')
    await rest.patch(`/articles/${article.id}?locale=en`, { summary: 'EDITEDMARKER', _status: 'published' })
    await runQueuedBuilds()
    expect((await live('/en/news/edited-in-place/')).text).toContain('EDITEDMARKER')
    expect(await searchResults(site.url, 'en', 'EDITEDMARKER')).toContain('/en/news/edited-in-place/')
    expect((await live('/en/feeds/news.json')).text).toContain('EDITEDMARKER')
  }, 120_000)

  it('should stop finding a page of the last full build by the words an edit removed', async () => {
    expect(await searchResults(site.url, 'en', 'Twelve')).toContain('/en/news/forum-opens/')
    const { docs } = (await rest.get('/articles?where[slug][equals]=forum-opens&locale=en')) as { docs: { id: number }[] }
    await rest.patch(`/articles/${docs[0].id}?locale=en`, { summary: 'Thirteen delegations met.', _status: 'published' })
    await runQueuedBuilds()
    expect(await searchResults(site.url, 'en', 'Thirteen')).toContain('/en/news/forum-opens/')
    // The main index still holds the page's first version; the search page must not offer it.
    expect(await searchResults(site.url, 'en', 'Twelve')).not.toContain('/en/news/forum-opens/')
  }, 120_000)

  it('should coalesce a burst of publishes into one build that carries them all', async () => {
    for (let index = 1; index <= 10; index++) await newArticle(`Burst ${index}`)
    expect(await pendingBuilds()).toBe(1)
    await runQueuedBuilds()
    for (let index = 1; index <= 10; index++) expect((await live(`/en/news/burst-${index}/`)).status, `burst ${index}`).toBe(200)
  }, 120_000)

  it('should take an unpublished article off pages, feeds, sitemaps and search', async () => {
    const article = await liveArticle('Soon withdrawn', 'WITHDRAWNMARKER')
    // Everything checked below was there before the unpublish: its absence afterwards means something.
    expect((await live('/en/feeds/news.xml')).text).toContain('Soon withdrawn')
    expect(await searchResults(site.url, 'en', 'WITHDRAWNMARKER')).toContain('/en/news/soon-withdrawn/')
    await rest.patch(`/articles/${article.id}?locale=en`, { _status: 'draft' })
    await runQueuedBuilds()
    expect((await live('/en/news/soon-withdrawn/')).status).toBe(404)
    expect((await live('/zh/news/soon-withdrawn/')).status).toBe(404)
    expect((await live('/en/feeds/news.xml')).text).not.toContain('Soon withdrawn')
    expect((await live('/en/news/')).text).not.toContain('Soon withdrawn')
    expect((await live('/en/sitemaps/news-1.xml')).text).not.toContain('soon-withdrawn')
    expect(await searchResults(site.url, 'en', 'WITHDRAWNMARKER')).not.toContain('/en/news/soon-withdrawn/')
  }, 120_000)

  it('should keep the old address of a published item working with a permanent redirect', async () => {
    const article = (await newArticle('Original address')) as { doc: { id: number } }
    await rest.patch(`/articles/${article.doc.id}?locale=en`, { slug: 'new-address', _status: 'published' })
    await runQueuedBuilds()
    expect(await live('/en/news/original-address/')).toMatchObject({ status: 301, location: '/en/news/new-address/' })
    expect((await live('/en/news/new-address/')).status).toBe(200)
    expect((await live('/redirects.nginx.conf')).text).toContain('location = "/en/news/original-address/" { return 301 "/en/news/new-address/"; }')
    expect((await live('/redirects.caddy')).text).toContain('redir "/en/news/original-address/" "/en/news/new-address/" permanent')
  }, 120_000)
})

describe('search after publishes', () => {
  /** Every address (a string starting with a slash) anywhere in a JSON value. */
  const addressesIn = (value: unknown): string[] =>
    typeof value === 'string' ? (value.startsWith('/') ? [value] : []) : typeof value === 'object' && value ? Object.values(value).flatMap(addressesIn) : []

  it('should download the WebAssembly once, from the main index, and of the publish layer only what the reader\u2019s language needs', async () => {
    // Three matches: enough that the reader's own results do not send the page searching other languages too.
    for (let index = 1; index <= 3; index++) await newArticle(`Light layer ${index}`, 'LIGHTLAYERMARKER')
    await runQueuedBuilds()
    expect(openRelease(releases.current()!).layers).toHaveLength(2)
    const { results, responses } = await searchWithTraffic(site.url, 'en', 'LIGHTLAYERMARKER')
    expect(results).toEqual(expect.arrayContaining(['/en/news/light-layer-1/', '/en/news/light-layer-2/', '/en/news/light-layer-3/']))
    // Pagefind merges an index with the WebAssembly it already runs: the layer's own copy is never fetched.
    const paths = responses.map((response) => response.path)
    expect(paths.filter((file) => /\/wasm\.[^/]+\.pagefind$/.test(file))).toEqual(['/pagefind/wasm.en.pagefind'])
    // Each file once: the layer's Pagefind entry is read by Pagefind alone.
    expect(paths.filter((file, index) => paths.indexOf(file) !== index)).toEqual([])
    // The layer changed the articles' pages in every locale; an English reader gets the English addresses only.
    const layerAddresses = responses.filter((response) => response.path.startsWith('/pagefind-delta/')).flatMap((response) => addressesIn(response.json))
    expect(layerAddresses).toContain('/en/news/light-layer-1/')
    expect(layerAddresses.filter((address) => !address.startsWith('/en/'))).toEqual([])
  }, 120_000)

  it('should not offer a reader of another language the main index\u2019s out-of-date copy of a page a publish changed', async () => {
    const { docs } = (await rest.get('/documents?locale=en&limit=1')) as { docs: { id: number; slug: string }[] }
    const address = `/en/documents/${docs[0].slug}/`
    // The fixture's guide is in the full release's index; its Chinese translation does not say "prepare".
    expect(await otherLanguageResults(site.url, 'zh', 'prepare')).toContain(address)
    await rest.patch(`/documents/${docs[0].id}?locale=en`, { summary: 'How to draft a request.', _status: 'published' })
    await runQueuedBuilds()
    expect(await otherLanguageResults(site.url, 'zh', 'draft')).toContain(address)
    expect(await otherLanguageResults(site.url, 'zh', 'prepare')).not.toContain(address)
  }, 120_000)
})

describe('search after an edit of one translation', () => {
  it('should keep finding the article\u2019s other translations, from the main index, once each', async () => {
    const { doc } = (await rest.post('/articles?locale=en', { title: 'Report of the forum', summary: 'Summary', body: paragraph('The report.'), _status: 'published' })) as { doc: { id: number } }
    await rest.patch(`/articles/${doc.id}?locale=zh`, { title: '论坛报告', summary: '摘要', body: paragraph('论坛的报告。'), _status: 'published' })
    await rest.patch(`/articles/${doc.id}?locale=mn`, { title: 'Форумын тайлан', summary: 'Товч', body: paragraph('Форумын тайлангийн бичвэр.'), _status: 'published' })
    await runQueuedBuilds()
    // A full release with the article in every language: its pages are the main index's, and the layer starts empty.
    expect((await publishSite(payload, { trigger: 'full release', root, full: true })).status).toBe('live')
    const mnSlug = ((await rest.get(`/articles/${doc.id}?locale=mn`)) as { slug: string }).slug
    const address = `/mn/news/${mnSlug}/`
    const before = await searchResults(site.url, 'mn', 'тайлангийн')
    expect(before).toContain(address)
    // A translation's text (an edit of the source's would mark the others outdated, which their pages say).
    await rest.patch(`/articles/${doc.id}?locale=zh`, { body: paragraph('论坛今天开幕，新增段落。'), _status: 'published' })
    await runQueuedBuilds()
    expect(openRelease(releases.current()!).layers).toHaveLength(2)
    // The Mongolian page was published again (its structured data dates the edit), but its searched text did not change.
    const mnFacts = JSON.parse((await live('/pagefind-delta/superseded/mn.json')).text) as { superseded: string[]; merge: boolean }
    expect(mnFacts.superseded).not.toContain(address)
    expect(await searchResults(site.url, 'mn', 'тайлангийн')).toEqual(before)
    const zhSlug = ((await rest.get(`/articles/${doc.id}?locale=zh`)) as { slug: string }).slug
    expect(await searchResults(site.url, 'zh', '新增段落')).toContain(`/zh/news/${zhSlug}/`)
  }, 120_000)
})

describe('failures', () => {
  it('should leave the live release untouched and report the error when the database fails mid-build', async () => {
    const before = releases.current()
    const homeBefore = (await live('/en/')).text
    const failing = new Proxy(payload, {
      get: (target, property) =>
        property === 'find' ? () => Promise.reject(new Error('database unavailable')) : Reflect.get(target, property),
    })
    const result = await publishSite(failing, { trigger: 'database test', root })
    expect(result).toMatchObject({ status: 'failed', error: 'database unavailable' })
    expect(releases.current()).toBe(before)
    expect((await live('/en/')).text).toBe(homeBefore)
    expect(await latestBuild()).toMatchObject({ status: 'failed', error: 'database unavailable' })
  }, 120_000)

  it('should leave the live release untouched, remove the half-built one and show the failure when a build is killed', async () => {
    const before = releases.current()
    const controller = new AbortController()
    // Killed midway: as soon as the new release has its first rendered pages.
    const existing = new Set(releases.list())
    const watcher = setInterval(() => {
      const building = releases.list().find((release) => !existing.has(release))
      if (building && fs.existsSync(path.join(building, 'en'))) controller.abort()
    }, 5)
    const result = await publishSite(payload, { trigger: 'killed build', root, signal: controller.signal, full: true }).finally(() => clearInterval(watcher))
    expect(result.status).toBe('failed')
    expect(result.error).toMatch(/killed/)
    expect(releases.current()).toBe(before)
    expect(releases.list().at(-1)).toBe(before)
    expect(await latestBuild()).toMatchObject({ status: 'failed' })
    // The full build's render workers went with it: none is left to write into the folder that was removed.
    expect(renderWorkersRunning()).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(releases.list().at(-1)).toBe(before)
  }, 120_000)
})

describe('releases', () => {
  it('should layer a publish over the last full release and roll back to the previous one byte for byte', async () => {
    const before = releases.current()!
    const served = (release: string) => {
      const view = openRelease(release)
      const files = new Map<string, Buffer>()
      for (const layer of [...view.layers].reverse()) {
        for (const file of listFiles(layer)) if (!file.startsWith('.release')) files.set(file, fs.readFileSync(path.join(layer, file)))
      }
      for (const file of view.deleted) files.delete(file)
      return files
    }
    const snapshot = served(before)
    expect(snapshot.size).toBeGreaterThan(0)
    await newArticle('Rollback check')
    await runQueuedBuilds()
    expect(releases.current()).not.toBe(before)
    expect(openRelease(releases.current()!).layers).toHaveLength(2)
    releases.rollback()
    expect(releases.current()).toBe(before)
    const restored = served(releases.current()!)
    expect([...restored.keys()].sort()).toEqual([...snapshot.keys()].sort())
    for (const [file, content] of snapshot) expect(restored.get(file)!.equals(content), file).toBe(true)
    expect((await live('/en/news/rollback-check/')).status).toBe(404)
  }, 120_000)
})
