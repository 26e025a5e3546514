import { launchBrowser } from './browser'

/**
 * The addresses the site's search page lists for a query, in real Chromium against a running site server: the main
 * Pagefind index merged with the delta index of pages published since the last full build.
 */
export async function searchResults(siteUrl: string, segment: string, query: string): Promise<string[]> {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/${segment}/search/?q=${encodeURIComponent(query)}`)
    await page.locator('#search-status').filter({ hasText: /\S/ }).waitFor({ timeout: 20_000 })
    return await page.locator('#search-results li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  } finally {
    await browser.close()
  }
}
