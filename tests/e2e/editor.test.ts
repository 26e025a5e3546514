/**
 * Editor journeys in the admin, in production mode (`next build` + `next start` working the job queue), against a
 * copy of the seeded demo portal with its own site server: what these tests publish never reaches the other tests.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type AdminPortal, createStaffAccount, firstAdminLogin, signIn, startAdminPortal, stopAdminPortal, type RunningAdmin, type StaffAccount } from '../helpers/admin'
import { articleFields, logIn, openDocument, publishButton, saveDraftButton, savedConfirmation, switchLocale, typeRichText } from '../helpers/adminPages'
import { launchBrowser } from '../helpers/browser'

const screenshots = path.resolve('test-results', 'screenshots')
fs.mkdirSync(screenshots, { recursive: true })

const editor: StaffAccount = { email: 'editor@concord.test', password: 'an editor’s long passphrase', role: 'editor' }
const translator: StaffAccount = { email: 'translator.zh@concord.test', password: 'a translator’s long passphrase', role: 'translator', assignedLocales: ['zh'] }

let portal: AdminPortal | undefined
let dataDir: string
let site: AdminPortal['site']
let admin: RunningAdmin
const browsers: BrowserContext[] = []

beforeAll(async () => {
  portal = await startAdminPortal(inject('dataDir'), 'editor')
  ;({ dataDir, site, admin } = portal)
  const adminToken = await signIn(admin.url, firstAdminLogin(dataDir).email, firstAdminLogin(dataDir).password)
  await createStaffAccount(admin.url, adminToken, { ...editor, name: 'Edith Editor' })
  await createStaffAccount(admin.url, adminToken, { ...translator, name: 'Tang Translator' })
}, 600_000)

afterAll(async () => {
  await Promise.all(browsers.map((browser) => browser.close()))
  await stopAdminPortal(portal)
})

/** A fresh browser (own cookies) signed in as `account`. */
async function signedIn(account: StaffAccount): Promise<Page> {
  const browser = await launchBrowser({ locale: 'en' })
  browsers.push(browser)
  const page = await browser.newPage()
  await page.setViewportSize({ width: 1280, height: 900 })
  await logIn(page, admin.url, account)
  return page
}

/** Polls the live site until `pathname` is served with `text` on it (a publish queues a build, ~10–20 s). */
async function waitForLivePage(pathname: string, text: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    const response = await fetch(`${site.url}${pathname}`)
    const body = await response.text()
    if (response.ok && body.includes(text)) return body
    last = `${response.status}`
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${pathname} did not go live with “${text}” within ${timeoutMs / 1000} s (last status ${last}).\nAdmin output:\n${admin.output().slice(-4000)}`)
}

/** Searches the live site in a locale, in Chromium, and returns the result links. */
async function searchLiveSite(segment: string, query: string): Promise<string[]> {
  const browser = await launchBrowser({ locale: segment })
  browsers.push(browser)
  const page = await browser.newPage()
  await page.goto(`${site.url}/${segment}/search/?q=${encodeURIComponent(query)}`)
  await page.locator('#search-results li a').first().waitFor({ timeout: 30_000 })
  return page.locator('#search-results li a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))
}

/** The id of the first published demo article, read through the REST API as the editor. */
async function aDemoArticleId(): Promise<number> {
  const token = await signIn(admin.url, editor.email, editor.password)
  const response = await fetch(`${admin.url}/api/articles?limit=1&where[_status][equals]=published&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  return ((await response.json()) as { docs: { id: number }[] }).docs[0].id
}

describe('the admin, in production mode', () => {
  it('should let an editor publish an English article, a translator add Chinese as a draft, and an editor publish it in Chinese, live and searchable in both', async () => {
    const english = {
      title: 'Partner offices open a shared evidence desk in Kestrelford',
      summary: 'A shared desk in Kestrelford answers requests for digital evidence from partner offices within five working days.',
      body: 'The Kestrelford desk receives requests in any of the portal’s languages and replies within five working days.',
    }
    const chinese = {
      title: '伙伴机构在凯斯特福德设立电子证据联合服务台',
      summary: '凯斯特福德联合服务台在五个工作日内答复伙伴机构调取电子证据的请求。',
      body: '服务台受理以门户网站任何语言提出的请求，并在五个工作日内答复。',
    }

    // An editor writes the English source and publishes it while viewing English.
    const editorPage = await signedIn(editor)
    await editorPage.goto(`${admin.url}/admin/collections/articles/create`)
    const fields = articleFields(editorPage)
    await fields.title.fill(english.title)
    await fields.summary.fill(english.summary)
    await typeRichText(fields.body, english.body)
    await publishButton(editorPage).click()
    expect(await savedConfirmation(editorPage)).toMatch(/successfully/i)
    await editorPage.waitForURL(/\/admin\/collections\/articles\/\d+/)
    const articleUrl = editorPage.url().split('?')[0]
    await expect.poll(() => fields.slug.inputValue(), { timeout: 15_000 }).not.toBe('')
    const englishSlug = await fields.slug.inputValue()
    await editorPage.screenshot({ path: path.join(screenshots, 'admin-editor-published-en.png') })

    // A translator assigned Chinese switches the admin to Chinese content, translates, and can only save a draft.
    const translatorPage = await signedIn(translator)
    await openDocument(translatorPage, articleUrl)
    await switchLocale(translatorPage, '简体中文', 'zh')
    const translatorFields = articleFields(translatorPage)
    await translatorFields.title.fill(chinese.title)
    await translatorFields.summary.fill(chinese.summary)
    await typeRichText(translatorFields.body, chinese.body)
    expect(await publishButton(translatorPage).count()).toBe(0)
    await saveDraftButton(translatorPage).click()
    expect(await savedConfirmation(translatorPage)).toMatch(/successfully/i)
    await translatorPage.screenshot({ path: path.join(screenshots, 'admin-translator-draft-zh.png') })

    // The editor opens the Chinese version, sees the translator's draft, and publishes while viewing Chinese.
    await openDocument(editorPage, articleUrl)
    await switchLocale(editorPage, '简体中文', 'zh')
    await expect.poll(() => fields.title.inputValue(), { timeout: 15_000 }).toBe(chinese.title)
    await publishButton(editorPage).click()
    expect(await savedConfirmation(editorPage)).toMatch(/successfully/i)
    await expect.poll(() => fields.slug.inputValue(), { timeout: 15_000 }).not.toBe('')
    const chineseSlug = await fields.slug.inputValue()

    // The job worker builds and switches in a release: both languages are live, and each language's search finds them.
    await waitForLivePage(`/en/news/${englishSlug}/`, english.title)
    await waitForLivePage(`/zh/news/${chineseSlug}/`, chinese.title)
    expect(await searchLiveSite('en', 'Kestrelford')).toContain(`/en/news/${englishSlug}/`)
    expect((await searchLiveSite('zh', '凯斯特福德')).map(decodeURIComponent)).toContain(`/zh/news/${chineseSlug}/`)
  }, 420_000)

  it('should not let a translator publish: no Publish button in the admin, and the API refuses', async () => {
    const id = await aDemoArticleId()
    const page = await signedIn(translator)
    await openDocument(page, `${admin.url}/admin/collections/articles/${id}`)
    await switchLocale(page, '简体中文', 'zh')
    await saveDraftButton(page).waitFor()
    expect(await publishButton(page).count()).toBe(0)

    const token = await signIn(admin.url, translator.email, translator.password)
    const publish = await fetch(`${admin.url}/api/articles/${id}?locale=zh`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: '未经审核的标题', _status: 'published' }),
    })
    expect(publish.status, await publish.text()).toBe(403)
    // The same account may save the same change as a draft: the refusal is about publishing, not the request.
    const draft = await fetch(`${admin.url}/api/articles/${id}?locale=zh&draft=true`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: '待审核的标题', _status: 'draft' }),
    })
    expect(draft.status, await draft.text()).toBe(200)
  })

  it.each([
    ['French', 'Français', 'fr'],
    ['English (the source)', 'English', 'en'],
  ])('should show a translator the %s version read-only, with nothing to save', async (_name, nativeName, code) => {
    const id = await aDemoArticleId()
    const page = await signedIn(translator)
    await openDocument(page, `${admin.url}/admin/collections/articles/${id}?locale=zh`)
    await switchLocale(page, nativeName, code)
    const fields = articleFields(page)
    await fields.title.waitFor()
    expect(await fields.title.isDisabled()).toBe(true)
    expect(await fields.summary.isDisabled()).toBe(true)
    expect(await fields.body.getAttribute('contenteditable')).toBe('false')
    expect(await saveDraftButton(page).count()).toBe(0)
    expect(await publishButton(page).count()).toBe(0)
    if (code === 'fr') await page.screenshot({ path: path.join(screenshots, 'admin-translator-read-only-fr.png') })
  })
})
