/**
 * What a search costs a reader, measured in Chromium on the site's own search page with an empty cache: the bytes
 * of every `/pagefind/` and `/pagefind-delta/` response (body as sent over the wire, plus headers) from opening the
 * page until the first results, and the time from submitting the query (once the page has loaded) until the first result is shown.
 */
import type { Browser } from 'playwright-core'

import { getLocale } from '../../cms/locales'

/** Real 1-, 2- and 3-word queries in English, Chinese and Arabic, from the corpus's vocabulary. */
export const searchQueries: Record<string, string[]> = {
  en: ['cooperation', 'asset recovery', 'mutual legal assistance'],
  zh: ['合作', '资产 追缴', '司法 协助 请求'],
  ar: ['التعاون', 'استرداد الأصول', 'المساعدة القانونية المتبادلة'],
}

/** The main index and the delta index of pages published since the full build, which the page merges at load. */
const searchIndexPaths = ['/pagefind/', '/pagefind-delta/']

export interface SearchMeasurement {
  locale: string
  words: number
  query: string
  /** `/pagefind/` and `/pagefind-delta/` bytes on the wire from opening the search page until the first results. */
  bytes: number
  /** Of those, what the page fetched before the query (Pagefind's script and worker, WebAssembly, metadata, delta). */
  bytesBeforeQuery: number
  requests: number
  /** From submitting the query to the first result on screen. */
  firstResultsMs: number
  /** Results shown (the page shows at most 20). */
  results: number
}

export async function measureSearch(browser: Browser, siteUrl: string, log: (line: string) => void): Promise<SearchMeasurement[]> {
  const measurements: SearchMeasurement[] = []
  for (const [locale, queries] of Object.entries(searchQueries)) {
    for (const query of queries) {
      const measurement = await measureOneSearch(browser, siteUrl, locale, query)
      measurements.push(measurement)
      log(`  ${locale} "${query}": ${(measurement.bytes / 1024).toFixed(0)} KB, ${measurement.firstResultsMs.toFixed(0)} ms, ${measurement.results} results shown`)
    }
  }
  return measurements
}

async function measureOneSearch(browser: Browser, siteUrl: string, locale: string, query: string): Promise<SearchMeasurement> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    // Pagefind 1.6 searches in a Web Worker; Playwright reports the worker's requests with the page's.
    const sizes: Promise<number>[] = []
    page.on('requestfinished', (request) => {
      if (!searchIndexPaths.some((prefix) => new URL(request.url()).pathname.startsWith(prefix))) return
      sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize))
    })
    const total = async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0)
    await page.goto(`${siteUrl}/${getLocale(locale).segment}/search/`, { waitUntil: 'networkidle' })
    const bytesBeforeQuery = await total()
    const firstResultsMs = await page.evaluate(async (text) => {
      const input = document.getElementById('search-input') as HTMLInputElement
      const list = document.getElementById('search-results')!
      const form = input.form!
      const shown = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (list.children.length > 0) {
            observer.disconnect()
            resolve()
          }
        })
        observer.observe(list, { childList: true })
      })
      input.value = text
      const started = performance.now()
      form.requestSubmit()
      await shown
      return performance.now() - started
    }, query)
    // Network events reach us a moment after the page used the responses.
    await page.waitForTimeout(300)
    const bytes = await total()
    const results = await page.locator('#search-results > li').count()
    return { locale, words: query.split(/\s+/).length, query, bytes, bytesBeforeQuery, requests: sizes.length, firstResultsMs, results }
  } finally {
    await context.close()
  }
}
