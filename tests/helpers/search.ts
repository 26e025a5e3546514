import type { Page } from 'playwright-core'

import { launchBrowser } from './browser'

/**
 * The addresses the site's search page lists for a query, in real Chromium against a running site server: the main
 * Pagefind index merged with the delta index of pages published since the last full build.
 */
export async function searchResults(siteUrl: string, segment: string, query: string): Promise<string[]> {
  return (await searchWithTraffic(siteUrl, segment, query)).results
}

/** One response of the search indexes (`/pagefind/`, `/pagefind-delta/`), as the search page received it. */
export interface SearchResponse {
  /** Path without the query string (Pagefind adds `?ts=` to its entry file). */
  path: string
  /** The body, parsed, for JSON files. */
  json?: unknown
}

/**
 * What the search page lists for a query and every response of the search indexes it received from opening the
 * page until the results were on screen (Pagefind's Web Worker included).
 */
export async function searchWithTraffic(siteUrl: string, segment: string, query: string): Promise<{ results: string[]; responses: SearchResponse[] }> {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    const responses: Promise<SearchResponse>[] = []
    // Responses of the page and of Pagefind's worker alike (the context sees both).
    browser.on('response', (response) => {
      const url = new URL(response.url())
      if (!/^\/pagefind(-delta)?\//.test(url.pathname)) return
      const json = url.pathname.endsWith('.json') && response.ok() ? response.json().catch(() => undefined) : Promise.resolve(undefined)
      responses.push(json.then((body) => ({ path: url.pathname, ...(body === undefined ? {} : { json: body }) })))
    })
    await page.goto(`${siteUrl}/${segment}/search/?q=${encodeURIComponent(query)}`)
    await page.locator('#search-status').filter({ hasText: /\S/ }).waitFor({ timeout: 20_000 })
    const results = await page.locator('#search-results li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    return { results, responses: await Promise.all(responses) }
  } finally {
    await browser.close()
  }
}

/**
 * The pages in other languages the search page offers for a query with "all languages" ticked: the address of the
 * page each result was found in (its language tag's link), once the search of other languages has answered.
 */
export async function otherLanguageResults(siteUrl: string, segment: string, query: string): Promise<string[]> {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    await page.addInitScript(() => localStorage.setItem('concord-search-all-languages', 'on'))
    await page.goto(`${siteUrl}/${segment}/search/?q=${encodeURIComponent(query)}`)
    await otherLanguagesAnswered(page)
    return await page.locator('#search-other-results li .language-tag').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  } finally {
    await browser.close()
  }
}

/** With "all languages" ticked, the status ends with the other languages' count, or says they found nothing. */
async function otherLanguagesAnswered(page: Page) {
  await page.waitForFunction(
    () => {
      const form = document.querySelector<HTMLFormElement>('[data-search]')!
      const status = document.getElementById('search-status')!.textContent ?? ''
      return !document.getElementById('search-other')!.hidden || status.includes(form.dataset.noOtherResults!)
    },
    undefined,
    { timeout: 20_000 },
  )
}
