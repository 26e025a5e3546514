import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { itemFolders } from '../helpers/itemFolders'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const screenshots = path.resolve('test-results', 'screenshots')
fs.mkdirSync(screenshots, { recursive: true })
const contexts: { close: () => Promise<void> }[] = []
afterAll(async () => Promise.all(contexts.map((context) => context.close())))

async function browserFor(locale: string, options: { javaScriptEnabled?: boolean } = {}) {
  const browser = await launchBrowser({ locale, javaScriptEnabled: options.javaScriptEnabled })
  contexts.push(browser)
  return browser.newPage()
}

describe('a reader', () => {
  it('should land on the Chinese home from /, read an article, and switch to the same article in Arabic, right to left', async () => {
    const page = await browserFor('zh-CN')
    await page.goto(`${siteUrl}/`)
    await page.waitForURL(`${siteUrl}/zh/`)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans')
    await page.screenshot({ path: path.join(screenshots, 'home-zh.png') })
    await page.locator('.cards a').first().click()
    await page.waitForURL(/\/zh\/news\/.+\//)
    const chineseTitle = await page.locator('h1').textContent()
    await page.locator('.language-switcher summary').click()
    await page.locator('.language-switcher a[hreflang="ar"]').click()
    await page.waitForURL(/\/ar\/news\/.+\//)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    expect(await page.locator('h1').textContent()).not.toBe(chineseTitle)
    await page.screenshot({ path: path.join(screenshots, 'article-ar.png') })
    // The switcher leads back to the same article in Chinese.
    await page.locator('.language-switcher summary').click()
    await page.locator('.language-switcher a[hreflang="zh-Hans"]').click()
    expect(await page.locator('h1').textContent()).toBe(chineseTitle)
  })

  it('should get the fallback page with its notice in a language the article lacks', async () => {
    const page = await browserFor('en')
    await page.goto(`${siteUrl}/en/news/digital-evidence-guidelines/`)
    await page.locator('.language-switcher summary').click()
    await page.locator('.language-switcher a[hreflang="th"]').click()
    await page.waitForURL(/\/th\/news\//)
    await expect(page.locator('.fallback-notice').isVisible()).resolves.toBe(true)
    expect(await page.locator('main > div').getAttribute('lang')).toBe('en')
  })

  it.each([
    ['zh', '合作'],
    ['ar', 'التعاون'],
    ['th', 'ความร่วมมือ'],
    ['en', 'extradition'],
  ])('should search in %s and open a result in the same language', async (segment, query) => {
    const page = await browserFor(segment)
    await page.goto(`${siteUrl}/${segment}/search/?q=${encodeURIComponent(query)}`)
    const first = page.locator('#search-results li a').first()
    await first.waitFor({ timeout: 20_000 })
    expect(await page.locator('[data-search-fallback]').isVisible()).toBe(false)
    if (segment === 'ar' || segment === 'zh') await page.screenshot({ path: path.join(screenshots, `search-${segment}.png`) })
    await first.click()
    await page.waitForURL(new RegExp(`/${segment}/`))
    expect(new URL(page.url()).pathname.startsWith(`/${segment}/`)).toBe(true)
  })

  it('should play a video with the captions of the page’s language present and selected', async () => {
    const page = await browserFor('fr')
    const video = itemFolders(path.join(siteDir, 'fr', 'videos'))[0]
    await page.goto(`${siteUrl}/fr/videos/${video}/`)
    const track = page.locator('video track[srclang="fr"]')
    expect(await track.count()).toBe(1)
    expect(await track.getAttribute('default')).not.toBeNull()
    const mode = await page.evaluate(async () => {
      const element = document.querySelector('video')!
      await new Promise((resolve) => (element.readyState > 0 ? resolve(null) : element.addEventListener('loadedmetadata', resolve)))
      return [...element.textTracks].find((textTrack) => textTrack.language === 'fr')?.mode
    })
    expect(mode).toBe('showing')
  })

  it('should reach the skip link first by keyboard, with a visible focus ring', async () => {
    const page = await browserFor('en')
    await page.goto(`${siteUrl}/en/`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => ({
      className: document.activeElement?.className,
      outline: getComputedStyle(document.activeElement!).outlineStyle,
      top: document.activeElement!.getBoundingClientRect().top,
    }))
    expect(focused.className).toBe('skip-link')
    expect(focused.outline).not.toBe('none')
    expect(focused.top).toBeGreaterThanOrEqual(0)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => location.hash)).toBe('#main')
  })

  it('should read every kind of page without JavaScript, and be told how to search without it', async () => {
    const page = await browserFor('en', { javaScriptEnabled: false })
    for (const url of ['/en/news/digital-evidence-guidelines/', '/ar/news/', '/zh/documents/']) {
      await page.goto(`${siteUrl}${url}`)
      expect(await page.locator('main h1').first().isVisible(), url).toBe(true)
    }
    await page.goto(`${siteUrl}/en/search/`)
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true)
  })
})
