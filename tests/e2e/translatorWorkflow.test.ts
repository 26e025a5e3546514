/**
 * A translator's and a reviewer's day in the production admin, in French (admin language and target language):
 * the dashboard, the side-by-side view with "Copy from source", submitting for review, approving and publishing
 * one language, the page going live, and the XLIFF exchange. Every element is found by role, by attribute or by the
 * French strings the admin loads (Concord's message files and Payload's own translations), never by English text.
 * Also writes the README's screenshots of the dashboard and the side-by-side view in Chinese and Arabic
 * (`CONCORD_SCREENSHOTS=docs` writes them to docs/screenshots/, otherwise to test-results/screenshots/).
 */
import fs from 'node:fs'
import path from 'node:path'

import { fr as payloadFrench } from '@payloadcms/translations/languages/fr'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import frenchMessages from '../../cms/i18n/messages/fr.json'
import { type AdminPortal, createStaffAccount, firstAdminLogin, signIn, startAdminPortal, stopAdminPortal, type RunningAdmin, type StaffAccount } from '../helpers/admin'
import { launchBrowser } from '../helpers/browser'
import { para, richText, text } from '../helpers/richText'

const concord = frenchMessages as Record<string, string>
const payloadStrings = payloadFrench.translations
const editingStrings = { editingBy: concord['editing.editingBy'] }
const screenshots = path.resolve('test-results', 'screenshots')
// The README's pictures are rewritten only when asked, so an ordinary test run leaves the committed files alone.
const readmeScreenshots = process.env.CONCORD_SCREENSHOTS === 'docs' ? path.resolve('docs', 'screenshots') : screenshots
fs.mkdirSync(screenshots, { recursive: true })
fs.mkdirSync(readmeScreenshots, { recursive: true })

const editor: StaffAccount = { email: 'edith.editor@concord.test', password: 'an editor’s long passphrase', role: 'editor' }
const translator: StaffAccount = { email: 'traductrice@concord.test', password: 'une longue phrase de passe', role: 'translator', assignedLocales: ['fr'] }
const reviewer: StaffAccount = { email: 'relecteur@concord.test', password: 'une autre longue phrase', role: 'reviewer', assignedLocales: ['fr'] }
const chineseTranslator: StaffAccount = { email: 'translator.zh@concord.test', password: '一个很长的密码短语', role: 'translator', assignedLocales: ['zh'] }
const arabicTranslator: StaffAccount = { email: 'translator.ar@concord.test', password: 'عبارة مرور طويلة جدا', role: 'translator', assignedLocales: ['ar'] }

const source = {
  title: 'Prosecutors of four ports agree on a common evidence format',
  summary: 'Four port prosecution offices will exchange digital evidence in one agreed format from next spring.',
  body: 'The agreed format keeps the chain of custody readable in every partner office.',
}
const untranslated = {
  title: 'Annual meeting of the liaison magistrates set for Harbourtown',
  summary: 'The liaison magistrates meet in Harbourtown in the autumn.',
  body: 'The agenda will be published in every language of the portal.',
}
const french = {
  title: 'Les parquets de quatre ports adoptent un format commun pour les preuves',
  summary: 'Quatre parquets portuaires échangeront les preuves numériques dans un format convenu dès le printemps prochain.',
}

let portal: AdminPortal | undefined
let admin: RunningAdmin
let site: AdminPortal['site']
let adminToken: string
let articleId: number
let untranslatedId: number
const browsers: BrowserContext[] = []

/** Creates and publishes an English article through the REST API, as an editor would in the admin. */
async function publishedArticle(content: typeof source): Promise<number> {
  const response = await fetch(`${admin.url}/api/articles?locale=en`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${adminToken}` },
    body: JSON.stringify({ title: content.title, summary: content.summary, body: richText(para(text(content.body))), _status: 'published' }),
  })
  if (!response.ok) throw new Error(`Creating "${content.title}" failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

beforeAll(async () => {
  portal = await startAdminPortal(inject('dataDir'), 'translator')
  ;({ admin, site } = portal)
  const first = firstAdminLogin(portal.dataDir)
  adminToken = await signIn(admin.url, first.email, first.password)
  await createStaffAccount(admin.url, adminToken, { ...editor, name: 'Edith Editor' })
  await createStaffAccount(admin.url, adminToken, { ...translator, name: 'Françoise Traductrice' })
  await createStaffAccount(admin.url, adminToken, { ...reviewer, name: 'Rémi Relecteur' })
  await createStaffAccount(admin.url, adminToken, { ...chineseTranslator, name: '唐译' })
  await createStaffAccount(admin.url, adminToken, { ...arabicTranslator, name: 'ليلى المترجمة' })
  articleId = await publishedArticle(source)
  untranslatedId = await publishedArticle(untranslated)
}, 900_000)

afterAll(async () => {
  await Promise.all(browsers.map((browser) => browser.close()))
  await stopAdminPortal(portal)
})

/**
 * A fresh browser signed in as `account`, with the admin in `language`: the session cookie from a REST sign-in and
 * Payload's language cookie (`payload-lng`), as the account page's language setting leaves it.
 */
async function signedIn(account: StaffAccount, language: string): Promise<Page> {
  const browser = await launchBrowser({ locale: language })
  browsers.push(browser)
  const token = await signIn(admin.url, account.email, account.password)
  await browser.addCookies([
    { name: 'payload-token', value: token, url: admin.url },
    { name: 'payload-lng', value: language, url: admin.url },
  ])
  const page = await browser.newPage()
  await page.setViewportSize({ width: 1280, height: 900 })
  return page
}

/** Opens an article's edit view in a content locale and waits for its form (the title input, by its id). */
async function openArticle(page: Page, id: number, locale: string) {
  await page.goto(`${admin.url}/admin/collections/articles/${id}?locale=${locale}`)
  await page.locator('#field-title').waitFor()
  await page.waitForLoadState('networkidle')
}

/** The form field wrapper holding the input with this id, where the side-by-side panel of that field sits. */
const fieldBlock = (page: Page, inputId: string) => page.locator('.field-type', { has: page.locator(`#${inputId}`) }).first()

/** Polls the live site until `pathname` is served with `content` on it (a publish queues a build). */
async function waitForLivePage(pathname: string, content: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    const response = await fetch(`${site.url}${pathname}`)
    const body = await response.text()
    if (response.ok && body.includes(content)) return body
    last = String(response.status)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${pathname} did not go live with “${content}” (last status ${last}).\n${admin.output().slice(-4000)}`)
}

describe('a translator and a reviewer working in French', () => {
  it('should take an item from missing to live: dashboard, side-by-side, copy from source, review, publish', async () => {
    const page = await signedIn(translator, 'fr')

    // The dashboard in French, filtered to the translator's missing news articles.
    await page.goto(`${admin.url}/admin/translations`)
    // Payload writes the admin language as `lang` and its direction as `dir` (upper case) on <html>.
    await expect.poll(async () => (await page.locator('html').getAttribute('lang'))?.toLowerCase(), { timeout: 10_000 }).toMatch(/^fr\b/)
    await page.getByRole('heading', { level: 1, name: concord['dashboard.heading'] }).waitFor()
    const filters = page.getByRole('form', { name: concord['dashboard.filters'] })
    await filters.getByLabel(concord['dashboard.type']).selectOption('articles')
    await filters.getByLabel(concord['dashboard.status']).selectOption('missing')
    await filters.getByRole('button', { name: concord['dashboard.show'] }).click()
    await page.waitForURL(/status=missing/)
    const item = page.locator(`a[href*="/collections/articles/${articleId}?locale=fr"]`)
    await item.waitFor()
    await item.click()

    // The side-by-side view: the header says what is what, the untranslated item is titled by its English title.
    await page.locator('#field-title').waitFor()
    await page.waitForLoadState('networkidle')
    const status = page.locator('.concord-status')
    await expect.poll(() => status.locator('[data-translation-status]').getAttribute('data-translation-status'), { timeout: 20_000 }).toBe('missing')
    expect(await status.textContent()).toContain(concord['status.missing'])
    await expect.poll(() => page.locator('h1.render-title').first().textContent(), { timeout: 20_000 }).toContain(source.title)
    // Controls a translator cannot use are not offered: publishing, unpublishing, reverting, deleting, the empty cover.
    expect(await page.getByRole('button', { name: payloadStrings.version.publishChanges }).count()).toBe(0)
    expect(await page.locator('#action-revert-to-published').count()).toBe(0)
    expect(await page.getByRole('button', { name: payloadStrings.version.unpublish }).count()).toBe(0)
    expect(await page.locator('#action-delete').count()).toBe(0)
    expect(await page.getByRole('button', { name: payloadStrings.fields.chooseFromExisting }).count()).toBe(0)

    // "Copy from source" into an empty field copies at once; over a translation it asks first.
    const title = page.locator('#field-title')
    const summary = page.locator('#field-summary')
    await fieldBlock(page, 'field-summary').getByRole('button', { name: concord['sideBySide.copyFromSource'] }).click()
    await expect.poll(() => summary.inputValue(), { timeout: 10_000 }).toBe(source.summary)
    await summary.fill(french.summary)
    await title.fill(french.title)
    await fieldBlock(page, 'field-title').getByRole('button', { name: concord['sideBySide.copyFromSource'] }).click()
    const confirmation = page.getByRole('dialog').filter({ hasText: concord['sideBySide.replaceHeading'] })
    await confirmation.waitFor()
    await confirmation.getByRole('button', { name: concord['sideBySide.cancel'] }).click()
    await confirmation.waitFor({ state: 'hidden' })
    expect(await title.inputValue()).toBe(french.title)
    // The body starts from the source: "Copy source into empty fields" never overwrites what is there.
    await page.getByRole('button', { name: concord['sideBySide.copyAllFromSource'] }).click()
    expect(await title.inputValue()).toBe(french.title)
    await page.screenshot({ path: path.join(screenshots, 'admin-side-by-side-fr.png') })

    await page.getByRole('button', { name: payloadStrings.version.saveDraft }).click()
    await page.locator('[data-sonner-toast][data-type="success"]').first().waitFor({ timeout: 30_000 })
    await expect.poll(() => status.locator('[data-translation-status]').getAttribute('data-translation-status'), { timeout: 20_000 }).toBe('draft')

    // Submitted for review: the header follows the panel's action.
    await page.getByRole('button', { name: concord['action.submit'] }).click()
    await expect.poll(() => status.locator('[data-translation-status]').getAttribute('data-translation-status'), { timeout: 20_000 }).toBe('in_review')
    expect(await status.textContent()).toContain(concord['status.in_review'])

    // The reviewer approves and publishes French, and only French.
    const reviewerPage = await signedIn(reviewer, 'fr')
    await openArticle(reviewerPage, articleId, 'fr')
    const locked = reviewerPage.getByRole('dialog', { name: 'document-locked' })
    if (await locked.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) {
      await locked.getByRole('button', { name: payloadStrings.general.takeOver }).click()
    }
    await reviewerPage.getByRole('button', { name: concord['action.approve'] }).click()
    await reviewerPage.getByRole('button', { name: concord['action.publish'] }).click()
    const reviewerStatus = reviewerPage.locator('.concord-status [data-translation-status]')
    await expect.poll(() => reviewerStatus.getAttribute('data-translation-status'), { timeout: 20_000 }).toBe('published')

    const frenchDoc = await fetch(`${admin.url}/api/articles/${articleId}?locale=fr&depth=0`, { headers: { Authorization: `JWT ${adminToken}` } })
    const { slug } = (await frenchDoc.json()) as { slug: string }
    const live = await waitForLivePage(`/fr/news/${slug}/`, french.title)
    expect(live).toContain(french.summary)
  }, 480_000)

  it('should list an untranslated item by its English title, marked as such', async () => {
    const page = await signedIn(translator, 'fr')
    await page.goto(`${admin.url}/admin/collections/articles?locale=fr&limit=100`)
    const fallback = page.locator(`a[href$="/collections/articles/${untranslatedId}"] [data-fallback-title]`)
    await fallback.waitFor()
    expect(await fallback.locator('[lang="en"]').textContent()).toBe(untranslated.title)
    expect(await fallback.textContent()).toContain(new Intl.DisplayNames(['fr'], { type: 'language' }).of('en'))
  })

  it('should download XLIFF for an agency and show the report of a refused upload', async () => {
    const page = await signedIn(translator, 'fr')
    await page.goto(`${admin.url}/admin/collections/articles?locale=fr`)
    await page.getByText(concord['exchange.heading'], { exact: true }).click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: concord['exchange.downloadPending'] }).click()])
    const xliff = fs.readFileSync((await download.path())!, 'utf8')
    expect(xliff).toContain('<xliff')
    expect(xliff).toMatch(/trgLang="fr"/)
    expect(xliff).toContain(`original="articles/${untranslatedId}"`)

    // The same file claiming another target language is refused as a whole, with the reason listed.
    const wrongLanguage = xliff.replace(/trgLang="fr"/, 'trgLang="de"')
    await page.getByLabel(concord['exchange.uploadFile']).setInputFiles({ name: 'agence.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(wrongLanguage) })
    await page.getByRole('button', { name: concord['exchange.importFile'] }).click()
    const report = page.locator('.concord-exchange').getByRole('status')
    await report.getByText(concord['exchange.nothingImported']).waitFor()
    expect(await report.getByRole('listitem').count()).toBeGreaterThan(0)
    await page.screenshot({ path: path.join(screenshots, 'admin-xliff-refused-fr.png') })
  })

  it('should tell a colleague who is editing a document, by name', async () => {
    const editorPage = await signedIn(editor, 'en')
    await openArticle(editorPage, untranslatedId, 'en')
    // In the source language the header names the source's own state beside the document's.
    await editorPage.locator('.concord-status [data-translation-status="published"]').waitFor()
    // A change makes Payload take the edit lock for the editor (its form-state request).
    await editorPage.locator('#field-summary').pressSequentially(' More.')
    await editorPage.waitForLoadState('networkidle')

    const page = await signedIn(translator, 'fr')
    await openArticle(page, untranslatedId, 'fr')
    const notice = page.locator('.concord-editing-notice')
    await notice.waitFor()
    expect(await notice.getAttribute('data-editing-user')).toBe('Edith Editor')
    expect(await notice.textContent()).toContain(editingStrings.editingBy.split('{{name}}')[1].split('{{time}}')[0])
  })
})

describe('the README screenshots', () => {
  it.each([
    ['Chinese', chineseTranslator, 'zh', 'ltr'],
    ['Arabic', arabicTranslator, 'ar', 'rtl'],
  ] as const)('should show the dashboard and the side-by-side view in %s', async (_name, account, language, dir) => {
    const page = await signedIn(account, language)
    await page.goto(`${admin.url}/admin/translations`)
    await expect.poll(async () => (await page.locator('html').getAttribute('dir'))?.toLowerCase(), { timeout: 10_000 }).toBe(dir)
    await page.locator('.translation-dashboard__counts').waitFor()
    await page.screenshot({ path: path.join(readmeScreenshots, `admin-dashboard-${language}.png`) })

    await openArticle(page, articleId, language)
    await page.locator('.concord-source__value').first().waitFor()
    await page.locator('.concord-status [data-translation-status]').waitFor()
    // Untranslated in this language: titled by its English title, not its number.
    await expect.poll(() => page.locator('h1.render-title').first().textContent(), { timeout: 20_000 }).toContain(source.title.slice(0, 20))
    await page.waitForLoadState('networkidle')
    // The rich-text editor loads after the form: wait for it, so the picture shows the body field, not its placeholder.
    await page.locator('[data-lexical-editor="true"]').first().waitFor()
    await page.screenshot({ path: path.join(readmeScreenshots, `admin-side-by-side-${language}.png`) })
  })
})
