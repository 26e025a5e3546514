import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportPublished } from '../../cms/export/exportPublished'
import { locales } from '../../cms/locales'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { launchBrowser } from '../helpers/browser'
import { buildSite, everyText, fileForUrl, hreflangs, listFiles } from '../helpers/builtSite'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { serveSite } from '../../publishing/serve/siteServer'

const ctx = usePayload()
let payload: Payload
let dist: string
let allText: string
const html = (relative: string) => fs.readFileSync(path.join(dist, relative), 'utf8')
const htmlFiles = () => listFiles(dist).filter((file) => file.endsWith('.html'))

beforeAll(async () => {
  payload = ctx().payload
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  // Never published.
  await payload.create({
    collection: 'articles', locale: 'en', draft: true,
    data: { title: 'DRAFTMARKER headline', summary: 'DRAFTMARKER', body: paragraph('DRAFTMARKER'), _status: 'draft' },
  })
  // Scheduled for next year: a draft until the publish job runs.
  const scheduled = await payload.create({
    collection: 'articles', locale: 'en', draft: true,
    data: { title: 'FUTUREMARKER headline', summary: 'FUTUREMARKER', body: paragraph('FUTUREMARKER'), _status: 'draft' },
  })
  await payload.jobs.queue({
    task: 'schedulePublish' as never,
    input: { type: 'publish', doc: { relationTo: 'articles', value: scheduled.id } } as never,
    waitUntil: new Date(Date.now() + 365 * 86_400_000),
  })
  // A published article whose French translation is still a draft.
  const published = await payload.create({
    collection: 'articles', locale: 'en',
    data: { title: 'Published in English only', summary: 'English summary', body: paragraph('English body'), _status: 'published' },
  })
  await payload.update({
    collection: 'articles', id: published.id, locale: 'fr', draft: true,
    data: { title: 'UNPUBLISHEDMARKER titre', summary: 'UNPUBLISHEDMARKER', body: paragraph('UNPUBLISHEDMARKER') },
  })
  // Script-bearing text in every kind of localized field.
  const [image] = (await payload.find({ collection: 'media', limit: 1 })).docs
  await payload.update({
    collection: 'media',
    id: image.id,
    locale: 'en',
    data: { alt: '<script>alert("alt")</script>"', caption: '<script>alert("caption")</script> Caption & co' },
  })
  await payload.create({
    collection: 'articles', locale: 'en',
    data: {
      title: '<script>alert("title")</script> Tom & Jerry',
      summary: '"><img src=x onerror=alert("summary")>',
      body: paragraph('<script>alert("body")</script>'),
      cover: image.id,
      seo: { metaTitle: '<script>alert("seo")</script>', metaDescription: '"><script>alert("desc")</script>' },
      _status: 'published',
    },
  })
  const exportDir = path.join(ctx().dataDir, 'export')
  dist = path.join(ctx().dataDir, 'dist')
  await exportPublished(payload, exportDir)
  buildSite(exportDir, dist)
  allText = everyText(dist)
}, 300_000)

describe('the built site', () => {
  it('should have every route in every locale', () => {
    for (const locale of locales) {
      const root = locale.segment
      for (const route of ['', 'news/', 'videos/', 'cases/', 'events/', 'documents/', 'partners/', 'topics/', 'countries/', 'search/', '404/']) {
        expect(fs.existsSync(path.join(dist, root, route, 'index.html')), `${root}/${route}`).toBe(true)
      }
      for (const feed of ['news.xml', 'news.json', 'videos.xml', 'cases.xml', 'events.xml', 'documents.xml']) {
        expect(fs.existsSync(path.join(dist, root, 'feeds', feed)), `${root}/feeds/${feed}`).toBe(true)
      }
      expect(fs.existsSync(path.join(dist, root, 'sitemap.xml'))).toBe(true)
      expect(html(`${root}/index.html`)).toContain(`<html lang="${locale.tag}" dir="${locale.dir}"`)
    }
    for (const file of ['index.html', '404.html', 'sitemap-index.xml', 'robots.txt']) expect(fs.existsSync(path.join(dist, file))).toBe(true)
  })

  it('should give every page a reciprocal and complete hreflang set', () => {
    let checked = 0
    for (const file of htmlFiles()) {
      const links = hreflangs(html(file))
      if (links.size === 0) continue
      expect(links.has('x-default'), file).toBe(true)
      for (const [tag, href] of links) {
        if (tag === 'x-default') continue
        const target = fileForUrl(dist, href)
        expect(fs.existsSync(target), `${file} → ${href}`).toBe(true)
        const back = hreflangs(fs.readFileSync(target, 'utf8'))
        expect([...back.entries()].sort(), `${href} does not link back like ${file}`).toEqual([...links.entries()].sort())
      }
      checked++
    }
    expect(checked).toBeGreaterThan(100)
  })

  it('should point every language-switcher link at a page that exists', () => {
    let checked = 0
    for (const file of htmlFiles()) {
      for (const match of html(file).matchAll(/href="([^"]+)"[^>]*data-language-choice/g)) {
        expect(fs.existsSync(fileForUrl(dist, match[1])), `${file} → ${match[1]}`).toBe(true)
        checked++
      }
    }
    // A switcher the pattern no longer finds would check nothing; every page offers the other ten languages.
    expect(checked).toBeGreaterThan(htmlFiles().length)
  })

  it('should show untranslated items as fallback pages with a notice, the text’s own lang, and no indexing', () => {
    // forum-opens exists in en, zh, ar, mn and th; French readers get the English text.
    const page = html('fr/news/forum-opens/index.html')
    expect(page).toContain('class="fallback-notice"')
    expect(page).toContain('<div lang="en" dir="ltr">')
    expect(page).toContain('<meta name="robots" content="noindex, follow">')
    expect(page).not.toContain('data-pagefind-body')
    expect(hreflangs(page).size).toBe(0)
    const translated = html(`zh/news/${fs.readdirSync(path.join(dist, 'zh/news')).find((name) => name.startsWith('lun-tan'))}/index.html`)
    expect(translated).toContain('data-pagefind-body lang="zh-Hans"')
    expect([...hreflangs(translated).keys()].sort()).toEqual(['ar', 'en', 'mn-Cyrl', 'th', 'x-default', 'zh-Hans'])
  })

  it('should leave drafts, scheduled items and unpublished translations out of pages, feeds, sitemaps and search', () => {
    for (const marker of ['DRAFTMARKER', 'FUTUREMARKER', 'UNPUBLISHEDMARKER']) expect(allText).not.toContain(marker)
    expect(allText).toContain('Published in English only')
  })

  it('should escape HTML-special and script-bearing text from every localized field', () => {
    // Markup must never contain the injected elements. Inside a quoted attribute `<` is inert and legal, so
    // attribute values are set aside first; JSON feeds and the search index hold the text as plain text, correctly.
    for (const file of listFiles(dist).filter((name) => /\.(html|xml)$/.test(name))) {
      const markup = fs.readFileSync(path.join(dist, file), 'utf8').replace(/="[^"]*"/g, '=""')
      expect(markup, file).not.toMatch(/<script>alert|<img src=x/)
    }
    const evil = htmlFiles().find((file) => file.startsWith('en/news/') && file.includes('tom-jerry'))
    expect(evil).toBeDefined()
    const page = html(evil!)
    expect(page).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Tom &amp; Jerry')
    const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    const alts = [...page.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((match) => decode(match[1]))
    expect(alts).toContain('<script>alert("alt")</script>"')
    expect(page).toContain('<figcaption>&lt;script&gt;alert(&quot;caption&quot;)&lt;/script&gt; Caption &amp; co</figcaption>')
    expect(decode(page.match(/<meta name="description" content="([^"]*)"/)![1])).toBe('"><script>alert("desc")</script>')
    expect(page).toContain('<title>&lt;script&gt;alert(&quot;seo&quot;)&lt;/script&gt; · Concord</title>')
  })

  it('should write one search index per language, and none from fallback pages', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'))
    // Every language has its guides (open data, API, embedding, accessibility), so every language has an index.
    expect(Object.keys(entry.languages).sort()).toEqual(locales.map((locale) => locale.tag.toLowerCase()).sort())
    // The fixture's items are translated into en, zh, ar, mn and th only: French indexes its guides and none of the
    // fallback pages it has for those items.
    expect(entry.languages.fr.page_count).toBeLessThan(entry.languages.en.page_count)
  })
})

describe('search in a real browser', () => {
  it.each([
    ['zh', '开幕', 'a Chinese word inside a sentence'],
    ['ar', 'المنتدى', 'an Arabic word'],
    ['th', 'การประชุม', 'a Thai word'],
    ['en', 'forum', 'an English word'],
  ])('should find %s results for %s (%s) and link them in the same language', async (segment, query) => {
    const server = await serveSite(() => dist)
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      await page.goto(`${server.url}/${segment}/search/?q=${encodeURIComponent(query)}`)
      const first = page.locator('#search-results li a').first()
      await first.waitFor({ timeout: 20_000 })
      expect(await first.getAttribute('href')).toMatch(new RegExp(`^/${segment}/`))
    } finally {
      await browser.close()
      await server.close()
    }
  })
})


describe('the site server', () => {
  it('should answer with security headers and the 404 page of the locale in the path', async () => {
    const server = await serveSite(() => dist)
    try {
      const home = await fetch(`${server.url}/zh/`)
      expect(home.status).toBe(200)
      expect(home.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'")
      expect(home.headers.get('content-security-policy')).not.toContain("'unsafe-inline'")
      expect(home.headers.get('x-content-type-options')).toBe('nosniff')
      expect(home.headers.get('strict-transport-security')).toBeNull()
      const behindTls = await fetch(`${server.url}/zh/`, { headers: { 'X-Forwarded-Proto': 'https' } })
      expect(behindTls.headers.get('strict-transport-security')).toContain('max-age=')
      const missing = await fetch(`${server.url}/ar/news/no-such-article/`)
      expect(missing.status).toBe(404)
      expect(await missing.text()).toContain('<html lang="ar" dir="rtl"')
    } finally {
      await server.close()
    }
  })

  it('should list documents with their languages and sizes in the library', () => {
    const page = html('en/documents/index.html')
    expect(page).toContain('data-languages="en"')
    expect(page).toMatch(/English<\/span> \(\d+ kB\)/)
  })
})

describe('compression and negotiation', () => {
  it('should serve the brotli copy written at build time, and send / to the reader’s language', async () => {
    const server = await serveSite(() => dist)
    try {
      const home = await fetch(`${server.url}/en/`, { headers: { 'Accept-Encoding': 'br' } })
      expect(home.headers.get('content-encoding')).toBe('br')
      expect(await home.text()).toContain('<html lang="en"')
      const root = await fetch(`${server.url}/`, { headers: { 'Accept-Language': 'ar-EG,ar;q=0.9' }, redirect: 'manual' })
      expect(root.status).toBe(302)
      expect(root.headers.get('location')).toBe('/ar/')
      const chosen = await fetch(`${server.url}/`, { headers: { 'Accept-Language': 'ar', Cookie: 'concord-language=vi' }, redirect: 'manual' })
      expect(chosen.headers.get('location')).toBe('/vi/')
      // Open data are text partners fetch again and again: sent compressed from 512 bytes on (below, the copies
      // gain too little to be worth two more files) and as they are under it.
      const dataFiles = fs.readdirSync(path.join(dist, 'en', 'data')).filter((file) => /\.(csv|json)$/.test(file))
      const sized = dataFiles.map((file) => ({ address: `/en/data/${file}`, size: fs.statSync(path.join(dist, 'en', 'data', file)).size }))
      expect(sized.filter(({ size }) => size >= 512).length).toBeGreaterThan(0)
      expect(sized.filter(({ size }) => size < 512).length).toBeGreaterThan(0)
      for (const { address, size } of sized) {
        const response = await fetch(`${server.url}${address}`, { headers: { 'Accept-Encoding': 'br, gzip' } })
        expect(response.headers.get('content-encoding'), address).toBe(size >= 512 ? 'br' : null)
        expect(response.headers.get('content-type'), address).toContain(address.endsWith('.csv') ? 'text/csv' : 'application/json')
        expect(Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(path.join(dist, address.slice(1)))), address).toBe(true)
      }
    } finally {
      await server.close()
    }
  })
})
