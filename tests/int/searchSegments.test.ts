import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportPublished } from '../../cms/export/exportPublished'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { buildRelease } from '../../site/render/buildRelease'
import { type SearchManifest, searchManifestFile } from '../../site/render/searchIndex'
import { serveSite } from '../../publishing/serve/siteServer'
import { launchBrowser } from '../helpers/browser'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'

/**
 * A language's search index comes in segments of the newest pages first; older segments are merged in the browser
 * only when a reader wants more results. Built here with three pages a segment, so the fixture's English pages and
 * fifteen dated articles make several.
 */
const ctx = usePayload()
let work: string
let release: string
let server: Awaited<ReturnType<typeof serveSite>>
let browser: Awaited<ReturnType<typeof launchBrowser>>
const segmentPages = 3

beforeAll(async () => {
  const { payload } = ctx()
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  // Fifteen articles sharing a word, one a year from 2024 back; the oldest also has a word of its own.
  for (let index = 0; index < 15; index++) {
    const year = 2024 - index
    await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: `Segmentword report ${year}`,
        summary: `The ${year} report`,
        body: paragraph(index === 14 ? 'segmentword and oldestword, found only in the oldest segment' : `segmentword of ${year}`),
        publishedAt: `${year}-06-01T00:00:00.000Z`,
        _status: 'published',
      } as never,
    })
  }
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-segments-'))
  const exportDir = path.join(work, 'export')
  await exportPublished(payload, exportDir)
  release = path.join(work, 'release')
  await buildRelease({ exportDir, outDir: release, searchSegmentPages: segmentPages, log: () => undefined })
  server = await serveSite(() => release)
  browser = await launchBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

async function search(query: string): Promise<Page> {
  const page = await browser.newPage()
  await page.goto(`${server.url}/en/search/?q=${encodeURIComponent(query)}`)
  await page.locator('#search-status').filter({ hasText: /\S/ }).waitFor({ timeout: 20_000 })
  return page
}

const links = (page: Page) => page.locator('#search-results li h2 a').evaluateAll((found) => found.map((link) => link.getAttribute('href') ?? ''))

describe('the segmented search index', () => {
  it('should write older segments under private-use keys that share the first segment’s code', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(release, 'pagefind', 'pagefind-entry.json'), 'utf8'))
    const manifest = JSON.parse(fs.readFileSync(path.join(release, 'pagefind', searchManifestFile), 'utf8')) as SearchManifest
    const older = manifest.segments.en
    expect(older.length).toBeGreaterThanOrEqual(2)
    expect(older[0]).toBe('en-x-s1')
    for (const key of older) {
      expect(entry.languages[key].wasm).toBe(entry.languages.en.wasm)
      expect(entry.languages[key].page_count).toBeLessThanOrEqual(segmentPages)
    }
    expect(fs.readdirSync(path.join(release, 'pagefind')).filter((file) => /^wasm\.en-x/.test(file))).toEqual([])
    // Filter values come from every segment, so the oldest year is offered before its segment is loaded.
    expect(manifest.filters.en.year).toContain('2010')
  })

  it('should find a page that only the oldest segment holds', async () => {
    const page = await search('oldestword')
    expect(await links(page)).toEqual(['/en/news/segmentword-report-2010/'])
    expect(await page.locator('#search-status').textContent()).toBe('1 result')
  })

  it('should show the first ten from the newest segments, then the rest on request, each once', async () => {
    const page = await search('segmentword')
    const first = await links(page)
    expect(first).toHaveLength(10)
    // Older segments are merged one, two, four at a time: by the time ten were found, this small index's segments
    // were all searched, so the count is exact (with segments left it reads "At least N results").
    expect(await page.locator('#search-status').textContent()).toBe('15 results')
    expect(await page.locator('#search-more').isVisible()).toBe(true)
    await page.locator('#search-more').click()
    await expect.poll(() => links(page)).toHaveLength(15)
    const all = await links(page)
    expect(new Set(all).size).toBe(15)
    expect(all).toContain('/en/news/segmentword-report-2010/')
    // Results appear as they arrive; the count is announced once the remaining segments have been searched.
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('15 results')
    expect(await page.locator('#search-more').isHidden()).toBe(true)
  })

  it('should offer every year in the filter at once, and search older segments for a filtered query', async () => {
    const page = await search('segmentword')
    const years = await page.locator('select[name="year"] option').evaluateAll((options) => options.map((option) => option.textContent))
    expect(years).toEqual(expect.arrayContaining(['2010', '2024']))
    await page.locator('select[name="year"]').selectOption('2014')
    await expect.poll(() => links(page)).toEqual(['/en/news/segmentword-report-2014/'])
  })
})
