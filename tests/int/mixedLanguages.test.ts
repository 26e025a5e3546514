import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportPublished } from '../../cms/export/exportPublished'
import { projectRoot } from '../../cms/paths'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { serveSite } from '../../publishing/serve/siteServer'
import { buildRelease } from '../../site/render/buildRelease'
import { launchBrowser } from '../helpers/browser'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'

/**
 * Lists and search results that mix languages, in Chromium: the fixture's article is translated into Arabic, and two
 * newer articles exist in English only, so the Arabic news list shows English fallback cards and an Arabic reader's
 * search finds English text.
 */
const ctx = usePayload()
let work: string
let server: Awaited<ReturnType<typeof serveSite>>
let browser: BrowserContext
const screenshots = path.resolve('test-results', 'screenshots')
const axeSource = fs.readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')

beforeAll(async () => {
  const { payload } = ctx()
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  for (const [index, title] of ['Nine agencies sign a data protocol', 'Okonkwo case closed'].entries()) {
    await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title,
        summary: index === 0 ? 'Nine agencies signed.' : 'The Okonkwo case was closed.',
        body: paragraph(index === 0 ? 'The protocol covers data requests.' : 'Prosecutor Okonkwo closed the case after the extradition.'),
        publishedAt: `2026-0${index + 1}-15T00:00:00.000Z`,
        _status: 'published',
      } as never,
    })
  }
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-mixed-'))
  const exportDir = path.join(work, 'export')
  await exportPublished(payload, exportDir)
  const release = path.join(work, 'release')
  await buildRelease({ exportDir, outDir: release, log: () => undefined })
  server = await serveSite(() => release)
  browser = await launchBrowser({ locale: 'ar' })
  fs.mkdirSync(screenshots, { recursive: true })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than injected as a <script>: the site's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html.slice(0, 120)}`)
  })
}

describe('an Arabic list with English fallback cards', () => {
  it('should lay each English card out left to right, with its period on the right and a language tag in Arabic', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/ar/news/`)
    const english = page.locator('li.card[lang="en"]', { hasText: 'Nine agencies' })
    expect(await english.getAttribute('dir')).toBe('ltr')
    expect(await english.evaluate((card) => getComputedStyle(card).direction)).toBe('ltr')
    // The tag names the language in the reader's language, and is itself Arabic text, right to left.
    const tag = english.locator('.language-tag')
    expect(await tag.isVisible()).toBe(true)
    expect(await tag.textContent()).toBe(new Intl.DisplayNames(['ar'], { type: 'language' }).of('en'))
    expect(await tag.evaluate((element) => [element.getAttribute('lang'), getComputedStyle(element).direction])).toEqual(['ar', 'rtl'])
    expect(await english.locator('.card__date time').evaluate((element) => [element.getAttribute('lang'), getComputedStyle(element).direction])).toEqual(['ar', 'rtl'])
    // Where the sentence's final period is drawn: right of the text's first letter in an English (left-to-right)
    // line; an English sentence laid out right to left puts the period at the start of the line, on the left.
    const [firstLetter, period] = await english.locator('.card__summary').evaluate((summary) => {
      const text = summary.firstChild as Text
      const box = (start: number) => {
        const range = document.createRange()
        range.setStart(text, start)
        range.setEnd(text, start + 1)
        return range.getBoundingClientRect().left
      }
      return [box(0), box(text.length - 1)]
    })
    expect(period).toBeGreaterThan(firstLetter)
    // The Arabic translation's card is the page's own language: no tag, no attributes of its own.
    const arabic = page.locator('li.card', { hasText: 'افتتاح المنتدى' })
    expect(await arabic.getAttribute('lang')).toBeNull()
    expect(await arabic.locator('.language-tag').count()).toBe(0)
    await page.screenshot({ path: path.join(screenshots, 'list-ar-english-fallback.png'), fullPage: true })
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('should mark the English text of a fallback page left to right and keep its Arabic labels right to left', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/ar/news/`)
    await page.locator('li.card[lang="en"] a', { hasText: 'Nine agencies' }).click()
    await page.waitForURL(/\/ar\/news\/.+\//)
    expect(await page.locator('main > div[lang="en"]').getAttribute('dir')).toBe('ltr')
    expect(await page.locator('.item-header__date').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})

describe('an Arabic reader searching words found only in English', () => {
  async function search(query: string): Promise<Page> {
    const page = await browser.newPage()
    await page.goto(`${server.url}/ar/search/?q=${encodeURIComponent(query)}`)
    await page.locator('#search-other-results li').first().waitFor({ timeout: 20_000 })
    return page
  }

  it('should find an English-only article, marked English and left to right, labelled in Arabic', async () => {
    const page = await search('Okonkwo')
    expect(await page.locator('#search-results li').count()).toBe(0)
    const result = page.locator('#search-other-results li').first()
    expect(await result.getAttribute('lang')).toBe('en')
    expect(await result.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr')
    expect(await result.locator('h3 a').getAttribute('href')).toBe('/en/news/okonkwo-case-closed/')
    expect(await result.locator('.language-tag').textContent()).toBe(new Intl.DisplayNames(['ar'], { type: 'language' }).of('en'))
    expect(await page.locator('#search-other').isVisible()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('should lead to the Arabic translation when the English text of a translated item matches', async () => {
    // "Twelve" is in the fixture article's English summary; its Arabic translation says it in Arabic.
    const page = await search('Twelve')
    const result = page.locator('#search-other-results li').first()
    const href = await result.locator('h3 a').getAttribute('href')
    expect(href).toMatch(/^\/ar\/news\//)
    expect(await result.locator('h3').getAttribute('lang')).toBe('ar')
    // The language tag still leads to the English page where the words were found.
    expect(await result.locator('.language-tag').getAttribute('href')).toBe('/en/news/forum-opens/')
    await page.close()
  })
})
