/**
 * The Arabic admin is right to left, Concord's own panels included: signed in through the login form, with the admin
 * language set to Arabic (Payload's `payload-lng` cookie, as the account page's language setting leaves it), the
 * translation dashboard, an item's translation panel and side-by-side source panel, and the XLIFF panel are laid
 * out right to left and speak Arabic, and the server's refusals come back in Arabic. Production admin, real Chromium.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import arabic from '../../cms/i18n/messages/ar.json'
import { type AdminPortal, firstAdminLogin, signIn, startAdminPortal, stopAdminPortal, type RunningAdmin } from '../helpers/admin'
import { logIn } from '../helpers/adminPages'
import { launchBrowser } from '../helpers/browser'

const screenshots = path.resolve('test-results', 'screenshots')
fs.mkdirSync(screenshots, { recursive: true })

let portal: AdminPortal | undefined
let admin: RunningAdmin
let articleId: number
let browser: BrowserContext | undefined
let page: Page

beforeAll(async () => {
  portal = await startAdminPortal(inject('dataDir'), 'rtl')
  admin = portal.admin
  const login = firstAdminLogin(portal.dataDir)
  const token = await signIn(admin.url, login.email, login.password)
  const response = await fetch(`${admin.url}/api/articles?limit=1&depth=0&sort=-publishedAt`, { headers: { Authorization: `JWT ${token}` } })
  articleId = ((await response.json()) as { docs: { id: number }[] }).docs[0]!.id

  browser = await launchBrowser({ locale: 'en' })
  page = await browser.newPage()
  await page.setViewportSize({ width: 1280, height: 900 })
  await logIn(page, admin.url, login)
  // What choosing العربية under Account → Language does.
  await browser.addCookies([{ name: 'payload-lng', value: 'ar', url: admin.url }])
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await stopAdminPortal(portal)
})

const direction = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction)

describe('the Arabic admin', () => {
  it('should lay out the translation dashboard right to left, in Arabic', async () => {
    await page.goto(`${admin.url}/admin/translations?locale=ar`)
    const dashboard = page.locator('.translation-dashboard')
    await dashboard.waitFor()
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl'])
    expect(await dashboard.locator('h1').textContent()).toBe(arabic['dashboard.heading'])
    expect(await direction(dashboard)).toBe('rtl')
    const counts = dashboard.locator('table.translation-dashboard__counts')
    expect(await direction(counts)).toBe('rtl')
    expect(await counts.locator('thead th').first().textContent()).toBe(arabic['dashboard.language'])
    // Languages are named in Arabic (CLDR), and the table's first column sits on the right.
    expect(await counts.locator('tbody th').first().textContent()).toBe(new Intl.DisplayNames(['ar'], { type: 'language' }).of('en'))
    const [first, last] = await Promise.all([counts.locator('thead th').first().boundingBox(), counts.locator('thead th').last().boundingBox()])
    expect(first!.x).toBeGreaterThan(last!.x)
    expect(await page.locator('#nav-translation-dashboard').textContent()).toBe(arabic['nav.translationDashboard'])
    await page.screenshot({ path: path.join(screenshots, 'admin-rtl-dashboard-ar.png') })
  })

  it('should lay out an item’s translation panel and source panel right to left, with the English source left to right', async () => {
    await page.goto(`${admin.url}/admin/collections/articles/${articleId}?locale=ar`)
    const panel = page.locator('.translation-panel')
    await panel.locator('h3').filter({ hasText: arabic['panel.heading'].split('{{')[0]! }).waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    expect(await direction(panel)).toBe('rtl')
    expect(await panel.locator('h3').textContent()).toBe(arabic['panel.heading'].replace('{{language}}', new Intl.DisplayNames(['ar'], { type: 'language' }).of('ar')!))
    // Field labels come from the message files.
    expect(await page.locator('label[for="field-title"]').first().textContent()).toContain(arabic['field.title'])

    const source = page.locator('.concord-source').first()
    await source.locator('.concord-source__value').waitFor()
    expect(await direction(source)).toBe('rtl')
    expect(await source.locator('.concord-source__heading').textContent()).toBe(
      arabic['sideBySide.sourceRegion'].replace('{{language}}', new Intl.DisplayNames(['ar'], { type: 'language' }).of('en')!),
    )
    expect(await source.locator('.concord-source__copy').textContent()).toBe(arabic['sideBySide.copyFromSource'])
    // The English source itself stays left to right inside the right-to-left panel.
    expect(await direction(source.locator('.concord-source__value'))).toBe('ltr')
    await page.waitForLoadState('networkidle')
    // No sideways scrolling: nothing parked off-screen (Lexical's hidden menus) widens the right-to-left page.
    const scrolled = await page.evaluate(() => {
      window.scrollTo({ left: -5000, top: window.scrollY, behavior: 'instant' })
      const x = window.scrollX
      window.scrollTo({ left: 0, top: window.scrollY, behavior: 'instant' })
      return x
    })
    expect(scrolled).toBe(0)
    await page.screenshot({ path: path.join(screenshots, 'admin-rtl-document-ar.png') })
  })

  it('should answer a refused workflow action in Arabic', async () => {
    const answer = await page.evaluate(async (id) => {
      const response = await fetch('/api/translation-workflow/reject', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ collection: 'articles', id, locale: 'ar' }),
      })
      return { status: response.status, body: (await response.json()) as { errors: { message: string }[] } }
    }, articleId)
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0]!.message).toBe(arabic['workflow.rejectNeedsNote'])
  })

  it('should lay out the XLIFF exchange panel right to left, in Arabic', async () => {
    await page.goto(`${admin.url}/admin/collections/articles?locale=ar`)
    const exchange = page.locator('details.concord-exchange')
    await exchange.waitFor()
    expect(await exchange.locator('summary').textContent()).toBe(arabic['exchange.heading'])
    expect(await direction(exchange)).toBe('rtl')
  })
})
