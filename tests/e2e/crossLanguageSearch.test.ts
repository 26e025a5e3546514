import fs from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { projectRoot } from '../../cms/paths'
import { launchBrowser } from '../helpers/browser'

/**
 * Search across languages on the demo portal, in Chromium: "customs" (the officers who found the cargo) is written
 * only in the English text of the wildlife trafficking case (its French translation says "douaniers"), so a French reader finds
 * it among the results in other languages, labelled "anglais", and is led to the case's French translation.
 */
const siteUrl = inject('siteUrl')
const axeSource = fs.readFileSync(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
let browser: BrowserContext
beforeAll(async () => {
  browser = await launchBrowser({ locale: 'fr' })
})
afterAll(async () => browser?.close())

const allLanguages = (page: Page) => page.getByRole('checkbox', { name: 'Rechercher dans toutes les langues' })

async function searchFrench(page: Page, query: string) {
  await page.goto(`${siteUrl}/fr/search/?q=${encodeURIComponent(query)}`)
  await page.locator('#search-status').filter({ hasText: /\S/ }).waitFor({ timeout: 20_000 })
}

describe('search across languages', () => {
  it('should find for a French reader a name only an English article mentions, labelled as English', async () => {
    const page = await browser.newPage()
    await searchFrench(page, 'Customs')
    const result = page.locator('#search-other-results li').first()
    await result.waitFor({ timeout: 20_000 })
    expect(await page.locator('#search-results li').count()).toBe(0)
    expect(await page.locator('#search-other h2').textContent()).toBe('Résultats dans d’autres langues')
    expect(await result.locator('.language-tag').textContent()).toBe('anglais')
    expect(await result.getAttribute('lang')).toBe('en')
    expect(await result.getAttribute('dir')).toBe('ltr')
    expect(await result.locator('mark').first().textContent()).toMatch(/^Customs$/i)
    // The article has a French translation: the result leads there; the tag leads to the English page it was found in.
    expect(await result.locator('h3 a').getAttribute('href')).toMatch(/^\/fr\/cases\//)
    expect(await result.locator('.language-tag').getAttribute('href')).toBe('/en/cases/wildlife-trafficking-network/')
    // The live region counts the results, with the French plural.
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status')
    expect(await page.locator('#search-status').textContent()).toMatch(/^Aucun résultat pour «\s?Customs\s?»\. 1 résultat dans d’autres langues$/)
    await page.close()
  })

  it('should remember "all languages" across reloads, and search other languages only while it is on', async () => {
    const page = await browser.newPage()
    await searchFrench(page, 'coopération')
    expect(await page.locator('#search-results li').count()).toBeGreaterThanOrEqual(3)
    expect(await page.locator('#search-other').isHidden()).toBe(true)
    expect(await allLanguages(page).isChecked()).toBe(false)
    // A real checkbox: reached and ticked from the keyboard.
    await allLanguages(page).focus()
    await page.keyboard.press('Space')
    await page.locator('#search-other-results li').first().waitFor({ timeout: 20_000 })
    const languages = await page.locator('#search-other-results li').evaluateAll((items) => items.map((item) => item.getAttribute('lang')))
    expect(languages).not.toContain('fr')
    expect(languages.length).toBeGreaterThan(0)
    await page.reload()
    await page.locator('#search-other-results li').first().waitFor({ timeout: 20_000 })
    expect(await allLanguages(page).isChecked()).toBe(true)
    await allLanguages(page).uncheck()
    await page.reload()
    await page.locator('#search-results li').first().waitFor({ timeout: 20_000 })
    expect(await allLanguages(page).isChecked()).toBe(false)
    expect(await page.locator('#search-other').isHidden()).toBe(true)
    await page.close()
  })

  it('should pass axe with results in other languages shown', async () => {
    const page = await browser.newPage()
    await searchFrench(page, 'Customs')
    await page.locator('#search-other-results li').first().waitFor({ timeout: 20_000 })
    // Evaluated rather than injected as a <script>: the site's CSP rightly refuses inline scripts.
    await page.evaluate(axeSource)
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } })
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html.slice(0, 120)}`)
    })
    expect(violations).toEqual([])
    await page.close()
  })
})
