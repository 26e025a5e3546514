/** What a reader would see on the live site: a page's text over HTTP, and a search through the site's own search page. */
import type { Browser } from 'playwright-core'

/** True when the page at `url` answers 200 and contains `text`. */
export async function pageShows(url: string, text: string): Promise<boolean> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
  return response.ok && (await response.text()).includes(text)
}

/**
 * Searches on `/<segment>/search/?q=…` in Chromium, exactly as a reader does (the page's script, Pagefind's JS and
 * whatever indexes it merges), and returns the result links, or an empty list once the page reports no results.
 */
export async function searchResultLinks(browser: Browser, siteUrl: string, segment: string, query: string): Promise<string[]> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${siteUrl}/${segment}/search/?q=${encodeURIComponent(query)}`)
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '', undefined, { timeout: 15_000 })
    return await page.$$eval('#search-results a', (links) => links.map((link) => link.getAttribute('href') ?? ''))
  } finally {
    await context.close()
  }
}
