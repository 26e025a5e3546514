import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collectionConfig } from '../../cms/collections'
import { detailFieldNames } from '../../cms/export/detailFields'
import { readCollection, writeExportedItem, writeList } from '../../publishing/format/exportFiles'
import { exportPublished } from '../../cms/export/exportPublished'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { buildRelease } from '../../site/render/buildRelease'
import { listFiles } from '../helpers/builtSite'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'

/**
 * Pages that list what a site accumulates must not grow with it: a topic of a large site names thousands of items,
 * and a locale's sitemap lists every translated item. Topic and country pages paginate; sitemaps come in parts; and
 * a publish re-renders the page and part its item is on, not every page of the topic or the whole sitemap.
 */
const ctx = usePayload()
let work: string
let exportDir: string
let release: string
let topicSlug: string
const quiet = () => undefined
const read = (file: string) => fs.readFileSync(path.join(release, file), 'utf8')

beforeAll(async () => {
  const { payload } = ctx()
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  const [topic] = (await payload.find({ collection: 'topics', limit: 1 })).docs
  topicSlug = String((topic as { slug?: string }).slug)
  // Twenty-four articles on the topic, a month apart, newest first: with the fixture's own, three pages of ten.
  for (let index = 0; index < 24; index++) {
    const month = String(12 - (index % 12)).padStart(2, '0')
    await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: `Tagged report ${index + 1}`,
        summary: 'On the topic',
        body: paragraph('Tagged'),
        publishedAt: `${index < 12 ? 2024 : 2023}-${month}-01T00:00:00.000Z`,
        topics: [topic.id],
        _status: 'published',
      } as never,
    })
  }
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-large-'))
  exportDir = path.join(work, 'export')
  await exportPublished(payload, exportDir)
  release = path.join(work, 'release')
  await buildRelease({ exportDir, outDir: release, log: quiet })
}, 300_000)

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

const cardLinks = (html: string) => [...html.matchAll(/<a [^>]*href="(\/en\/news\/[^"]+)"/g)].map((match) => match[1])

describe('a topic with many items', () => {
  it('should list them ten a page, newest first, with numbered pages linked in order', () => {
    const first = read(`en/topics/${topicSlug}/index.html`)
    const third = read(`en/topics/${topicSlug}/page/3/index.html`)
    expect(new Set(cardLinks(first)).size).toBe(10)
    // The fixture's own article (2025) comes before the newest of these (December 2024).
    expect([...new Set(cardLinks(first))].slice(0, 2)).toEqual(['/en/news/forum-opens/', '/en/news/tagged-report-1/'])
    expect(cardLinks(third)).toContain('/en/news/tagged-report-24/')
    expect(third).toMatch(/<title>[^<]*\(Page 3 of 3\)/)
    expect(third).toContain(`<link rel="canonical" href="http://localhost:4321/en/topics/${topicSlug}/page/3/"`)
    expect(first).toContain(`href="/en/topics/${topicSlug}/page/2/"`)
    expect(fs.existsSync(path.join(release, `en/topics/${topicSlug}/page/4/index.html`))).toBe(false)
  })
})

describe('the sitemaps', () => {
  it('should list items in parts named in the sitemap index, and sections in the locale sitemap', () => {
    const index = read('sitemap-index.xml')
    expect(index).toContain('<loc>http://localhost:4321/en/sitemap.xml</loc>')
    expect(index).toContain('<loc>http://localhost:4321/en/sitemaps/news-1.xml</loc>')
    const part = read('en/sitemaps/news-1.xml')
    expect(part).toContain('<loc>http://localhost:4321/en/news/tagged-report-24/</loc>')
    expect(read('en/sitemap.xml')).not.toContain('/en/news/tagged-report-')
  })

  it('should list each locale\u2019s guides, feeds and data page with their translations', () => {
    const sitemap = read('zh/sitemap.xml')
    for (const page of ['guides/api/', 'guides/embedding/', 'guides/accessibility/', 'feeds/', 'data/']) {
      expect(sitemap).toContain(`<loc>http://localhost:4321/zh/${page}</loc>`)
      expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="ar" href="http://localhost:4321/ar/${page}"/>`)
      expect(fs.existsSync(path.join(release, 'zh', page, 'index.html')), page).toBe(true)
    }
  })
})

describe('a publish on a large site', () => {
  it('should re-render the topic page its item is on, not the others', async () => {
    const changed = path.join(work, 'export-changed')
    fs.cpSync(exportDir, changed, { recursive: true })
    const items = readCollection(changed, 'articles').map((item) =>
      (item.data.title as Record<string, string>).en === 'Tagged report 24'
        ? { ...item, data: { ...item.data, title: { ...(item.data.title as Record<string, string>), en: 'Tagged report, retitled' } } }
        : item,
    )
    fs.rmSync(path.join(changed, 'articles'), { recursive: true, force: true })
    const detailNames = detailFieldNames(collectionConfig('articles').fields)
    writeList(changed, 'articles', items.map((item) => writeExportedItem(changed, 'articles', item, detailNames)))
    const layer = path.join(work, 'layer')
    const result = await buildRelease({ exportDir: changed, outDir: layer, previous: release, log: quiet })
    expect(result.kind).toBe('incremental')
    const written = listFiles(layer).filter((file) => !file.startsWith('.') && !/\.(br|gz)$/.test(file))
    expect(written).toContain(`en/topics/${topicSlug}/page/3/index.html`)
    expect(written).not.toContain(`en/topics/${topicSlug}/index.html`)
    expect(written).not.toContain(`en/topics/${topicSlug}/page/2/index.html`)
  }, 120_000)
})
