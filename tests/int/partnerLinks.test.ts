import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Payload } from 'payload'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '../../cms/fields/slugify'
import { projectRoot } from '../../cms/paths'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { publishSite } from '../../publishing/pipeline/publishSite'
import { Releases } from '../../publishing/releases/releases'
import { serveSite } from '../../publishing/serve/siteServer'
import { launchBrowser } from '../helpers/browser'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { samples } from '../helpers/uploadSamples'

/**
 * What partners take from the portal, where they meet it: permanent links (/go/…) and native-script Arabic and Thai
 * addresses through the site server, oEmbed answers, and a video's embed page framed by another origin in Chromium.
 * (deploy.test.ts holds nginx and Caddy to the same permanent links and addresses.)
 */
const ctx = usePayload()
let payload: Payload
let root: string
let base: string
let closeSite: () => Promise<void>
const ids = { article: '', video: '', removed: '' }
const arabicTitle = 'افتتاح المنتدى في قوانغتشو'
const thaiTitle = 'การประชุมเปิดที่กว่างโจว'

const asFile = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })
const publish = async (trigger: string) => expect((await publishSite(payload, { trigger, root })).status).toBe('live')
const get = (address: string, headers: Record<string, string> = {}) => fetch(`${base}${address}`, { headers, redirect: 'manual' })

beforeAll(async () => {
  payload = ctx().payload
  root = path.join(ctx().dataDir, 'site')
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  // Published in English and French; a German translation still a draft.
  const article = await payload.create({ collection: 'articles', locale: 'en', data: { title: 'Partners meet', summary: 's', body: paragraph('b'), _status: 'published' } })
  await payload.update({ collection: 'articles', id: article.id, locale: 'fr', data: { title: 'Les partenaires se réunissent', summary: 's', body: paragraph('b'), _status: 'published' } })
  await payload.update({ collection: 'articles', id: article.id, locale: 'de', draft: true, data: { title: 'Partner treffen sich', summary: 's', body: paragraph('b') } })
  // A video with captions in English and Arabic, and a transcript.
  const clip = await payload.create({ collection: 'files', data: {}, file: asFile(samples.mp4(), 'clip.mp4', 'video/mp4') })
  const english = await payload.create({ collection: 'files', data: {}, file: asFile(samples.vtt(), 'clip.en.vtt', 'text/vtt') })
  const arabic = await payload.create({ collection: 'files', data: {}, file: asFile(samples.vtt(), 'clip.ar.vtt', 'text/vtt') })
  const square = (await payload.find({ collection: 'media', where: { filename: { equals: 'square.png' } } })).docs[0]
  const video = await payload.create({
    collection: 'videos',
    locale: 'en',
    data: { title: 'Embeddable clip', description: 'd', video: clip.id, poster: square.id, captions: english.id, transcript: paragraph('Spoken words'), _status: 'published' } as never,
  })
  await payload.update({ collection: 'videos', id: video.id, locale: 'ar', data: { title: 'مقطع قابل للتضمين', description: 'و', captions: arabic.id, _status: 'published' } as never })
  const removed = await payload.create({ collection: 'articles', locale: 'en', data: { title: 'Removed later', summary: 's', body: paragraph('b'), _status: 'published' } })
  Object.assign(ids, { article: String(article.id), video: String(video.id), removed: String(removed.id) })
  await publish('first release')
  // A slug change and a removal, in a layered release.
  await payload.update({ collection: 'articles', id: article.id, locale: 'fr', data: { slug: 'partenaires-reunis', _status: 'published' } })
  await payload.delete({ collection: 'articles', id: removed.id })
  await publish('second release')
  const site = await serveSite(() => new Releases(root).current()!)
  base = site.url
  closeSite = site.close
}, 300_000)

afterAll(async () => {
  await closeSite?.()
})

describe('permanent links through the site server', () => {
  it('should send a reader without preferences to the item in its own language, varying by language and cookie', async () => {
    const answer = await get(`/go/article/${ids.article}/`)
    expect(answer.status).toBe(302)
    expect(answer.headers.get('location')).toBe('/en/news/partners-meet/')
    expect(answer.headers.get('vary')).toBe('Accept-Language, Cookie')
    expect(answer.headers.get('cache-control')).toBe('private, no-store')
  })

  it('should follow Accept-Language in the reader’s order, among published languages only, after a slug change', async () => {
    const to = async (headers: Record<string, string>) => (await get(`/go/article/${ids.article}/`, headers)).headers.get('location')
    expect(await to({ 'Accept-Language': 'fr-CH, fr;q=0.9, en;q=0.8' })).toBe('/fr/news/partenaires-reunis/')
    // Chinese is not published, German only a draft: the next language the reader reads.
    expect(await to({ 'Accept-Language': 'zh-CN, de;q=0.9, fr;q=0.5' })).toBe('/fr/news/partenaires-reunis/')
    expect(await to({ 'Accept-Language': 'de' })).toBe('/en/news/partners-meet/')
    expect(await to({ 'Accept-Language': '*' })).toBe('/en/news/partners-meet/')
  })

  it('should put an explicit choice (?lang=, then the language cookie) before Accept-Language', async () => {
    const to = async (query: string, headers: Record<string, string>) => (await get(`/go/article/${ids.article}/${query}`, headers)).headers.get('location')
    expect(await to('?lang=fr', { 'Accept-Language': 'en' })).toBe('/fr/news/partenaires-reunis/')
    expect(await to('', { Cookie: 'concord-language=fr', 'Accept-Language': 'en' })).toBe('/fr/news/partenaires-reunis/')
    expect(await to('?lang=en', { Cookie: 'concord-language=fr' })).toBe('/en/news/partners-meet/')
    // A choice of a language the item is not published in gives way to the next preference.
    expect(await to('?lang=de', { 'Accept-Language': 'fr' })).toBe('/fr/news/partenaires-reunis/')
  })

  it('should answer a removed item, an unknown kind and a malformed link with the 404 page, and add the slash', async () => {
    for (const address of [`/go/article/${ids.removed}/`, `/go/nothing/${ids.article}/`, '/go/article/999999/', '/go/article/']) {
      const answer = await get(address)
      expect(answer.status, address).toBe(404)
      expect(await answer.text(), address).toContain('<html')
    }
    const withoutSlash = await get(`/go/video/${ids.video}`)
    expect(withoutSlash.status).toBe(301)
    expect(withoutSlash.headers.get('location')).toBe(`/go/video/${ids.video}/`)
  })

  it('should send Arabic readers to the native-script address, percent-encoded', async () => {
    const answer = await get(`/go/video/${ids.video}/`, { 'Accept-Language': 'ar-EG, en;q=0.5' })
    expect(answer.headers.get('location')).toBe(`/ar/videos/${encodeURIComponent('مقطع-قابل-للتضمين')}/`)
    expect((await get(answer.headers.get('location')!)).status).toBe(200)
  })

  it('should show the permanent link on item pages and use it as JSON-LD @id and feed entry id', async () => {
    const link = `http://localhost:4321/go/article/${ids.article}/`
    const page = await (await get('/fr/news/partenaires-reunis/')).text()
    expect(page).toContain(`value="${link}"`)
    expect(page).toMatch(/<label for="permanent-link"[^>]*>Lien permanent<\/label>/)
    expect(page).toContain(`"@id":"${link}"`)
    const atom = await (await get('/fr/feeds/news.xml')).text()
    expect(atom).toContain(`<id>${link}</id>`)
    const json = JSON.parse(await (await get('/en/feeds/news.json')).text()) as { items: { id: string }[] }
    expect(json.items.map((item) => item.id)).toContain(link)
  })
})

describe('Arabic and Thai addresses', () => {
  const arabicSlug = 'افتتاح-المنتدى-في-قوانغتشو'
  const thaiSlug = 'การประชุมเปิดที่กว่างโจว'

  it('should write Arabic and Thai slugs in their own script and serve them percent-encoded', async () => {
    for (const [segment, slug, title] of [['ar', arabicSlug, arabicTitle], ['th', thaiSlug, thaiTitle]]) {
      const page = await get(`/${segment}/news/${encodeURIComponent(slug)}/`)
      expect(page.status, segment).toBe(200)
      expect(await page.text(), segment).toContain(title)
    }
    const english = await (await get('/en/news/forum-opens/')).text()
    expect(english).toContain(`hreflang="ar" href="http://localhost:4321/ar/news/${encodeURIComponent(arabicSlug)}/"`)
  })

  it('should redirect the romanized addresses they had before to the new ones', async () => {
    for (const [segment, slug, title] of [['ar', arabicSlug, arabicTitle], ['th', thaiSlug, thaiTitle]]) {
      const old = await get(`/${segment}/news/${slugify(title)}/`)
      expect(old.status, segment).toBe(301)
      expect(old.headers.get('location'), segment).toBe(`/${segment}/news/${encodeURIComponent(slug)}/`)
    }
  })
})

describe('oEmbed and the embed page', () => {
  let browser: BrowserContext
  let host: http.Server
  let hostUrl: string
  beforeAll(async () => {
    browser = await launchBrowser()
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'])
    // Another origin (another port) whose page frames the portal's pages.
    host = http.createServer((request, response) => {
      const target = new URL(request.url ?? '/', 'http://host.test').searchParams.get('frame') ?? ''
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      response.end(`<!doctype html><html lang="en"><title>Partner</title><iframe id="framed" src="${base}${target}" width="640" height="400"></iframe>`)
    })
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => host?.close(resolve))
  })

  it('should announce and write oEmbed answers for videos (a player) and articles (a link) in each locale', async () => {
    const videoPage = await (await get('/en/videos/embeddable-clip/')).text()
    const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(videoPage)?.[1]
    expect(discovery).toBe(`http://localhost:4321/oembed/en/video/${ids.video}.json`)
    const video = (await (await get(`/oembed/ar/video/${ids.video}.json`)).json()) as Record<string, unknown>
    expect(video).toMatchObject({ version: '1.0', type: 'video', title: 'مقطع قابل للتضمين', width: 640, height: 360, language: 'ar' })
    expect(video.html).toMatch(new RegExp(`^<iframe src="http://localhost:4321/ar/embed/video/${ids.video}/"`))
    const article = (await (await get(`/oembed/fr/article/${ids.article}.json`)).json()) as Record<string, unknown>
    expect(article).toMatchObject({ version: '1.0', type: 'link', title: 'Les partenaires se réunissent', url: 'http://localhost:4321/fr/news/partenaires-reunis/' })
    expect(await (await get('/en/news/partners-meet/')).text()).toContain('type="application/json+oembed"')
    expect((await get(`/oembed/en/article/${ids.removed}.json`)).status).toBe(404)
  })

  it('should let only embed pages be framed, with captions in every language and links back', async () => {
    const embed = await get(`/en/embed/video/${ids.video}/`)
    expect(embed.status).toBe(200)
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(embed.headers.get('x-frame-options')).toBeNull()
    const html = await embed.text()
    expect(html.match(/<track /g)).toHaveLength(2)
    expect(html).toContain('srclang="ar"')
    expect(html).toContain('href="/en/videos/embeddable-clip/#transcript-heading"')
    const normal = await get('/en/videos/embeddable-clip/')
    expect(normal.headers.get('x-frame-options')).toBe('DENY')
    expect(normal.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('should play the embed page inside another site’s frame, and refuse to be framed anywhere else', async () => {
    const page = await browser.newPage()
    await page.goto(`${hostUrl}/?frame=${encodeURIComponent(`/en/embed/video/${ids.video}/`)}`)
    const frame = page.frameLocator('#framed')
    const video = frame.locator('video')
    await video.waitFor()
    const played = await video.evaluate(async (element: HTMLVideoElement) => {
      element.muted = true
      await element.play()
      await new Promise((resolve) => setTimeout(resolve, 300))
      return { time: element.currentTime, tracks: element.textTracks.length, error: element.error?.code ?? null }
    })
    expect(played.error).toBeNull()
    expect(played.time).toBeGreaterThan(0)
    expect(played.tracks).toBe(2)
    // A normal page in the same frame is blocked: its document never loads in the frame.
    await page.goto(`${hostUrl}/?frame=${encodeURIComponent('/en/videos/embeddable-clip/')}`)
    await page.waitForTimeout(500)
    const framed = page.frames().find((candidate) => candidate !== page.mainFrame())
    expect(framed).toBeDefined()
    const title = await framed?.evaluate(() => document.title).catch(() => undefined)
    expect(title ?? '').not.toContain('Embeddable clip')
    await page.close()
  })

  it('should copy the iframe code with the Embed control and the permanent link with its button', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/en/videos/embeddable-clip/`)
    await page.getByText('Embed', { exact: true }).click()
    await page.getByRole('button', { name: 'Copy code' }).click()
    await expect.poll(() => page.locator('[data-copy-status="embed-code"]').textContent()).toBe('Copied to the clipboard.')
    const code = await page.evaluate(() => navigator.clipboard.readText())
    expect(code).toMatch(new RegExp(`^<iframe src="http://localhost:4321/en/embed/video/${ids.video}/" width="640" height="360" title="Embeddable clip · Concord"`))
    await page.getByRole('button', { name: 'Copy link' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`http://localhost:4321/go/video/${ids.video}/`)
    await page.close()
  })

  it('should have no axe violations (WCAG 2.2 A and AA) on the embed page in English and Arabic', async () => {
    const axeSource = fs.readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
    const page = await browser.newPage()
    for (const segment of ['en', 'ar']) {
      await page.goto(`${base}/${segment}/embed/video/${ids.video}/`)
      await page.evaluate(axeSource)
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string }[] }> } }).axe
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
        return result.violations.map((violation) => violation.id)
      })
      expect(violations, segment).toEqual([])
    }
    await page.close()
  })
})
