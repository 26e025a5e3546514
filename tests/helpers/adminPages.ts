import type { Page } from 'playwright-core'

/** Signs in on the admin's login form. */
export async function logIn(page: Page, adminUrl: string, account: { email: string; password: string }) {
  await page.goto(`${adminUrl}/admin/login`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL(`${adminUrl}/admin`)
}

/**
 * Picks a content locale in the admin's locale switcher (by its native name, e.g. `简体中文`). The admin remembers
 * each user's last locale, so this does nothing when the view is already in it.
 */
export async function switchLocale(page: Page, nativeName: string, code: string) {
  const switcher = page.getByLabel('Locale')
  if ((await switcher.getAttribute('data-locale')) === code) return
  await switcher.click()
  await page.getByRole('button', { name: new RegExp(`^${nativeName}`) }).click()
  await page.waitForURL(new RegExp(`[?&]locale=${code}\\b`))
  await page.getByLabel('Locale').filter({ hasText: nativeName }).waitFor()
}

/**
 * Leaves a document for its collection's list through the breadcrumb, as a user would. Payload locks a document
 * while someone edits it and releases the lock when they navigate away inside the admin (a closed tab keeps it
 * until it expires), so the next person can edit it.
 */
export async function leaveDocument(page: Page, collectionLabel: string) {
  // The breadcrumb's link: the side navigation has one with the same name, hidden (inert) on narrow layouts.
  await page.locator('nav.step-nav').getByRole('link', { name: collectionLabel, exact: true }).click()
  await page.waitForURL(/\/admin\/collections\/[\w-]+\/?(\?.*)?$/)
}

/** The localized text fields of an article's edit view, found by their labels. */
export function articleFields(page: Page) {
  return {
    title: page.getByLabel(/^Title/),
    summary: page.getByLabel(/^Summary/),
    slug: page.getByLabel(/^Slug/),
    // Lexical's editable area is a role=textbox div, not labelled by the field's <label>: find it inside the field.
    body: page.locator('.field-type', { has: page.locator('label', { hasText: /^Body/ }) }).getByRole('textbox'),
  }
}

/** Types a paragraph into an empty Lexical rich-text editor. */
export async function typeRichText(editor: ReturnType<typeof articleFields>['body'], text: string) {
  await editor.click()
  await editor.pressSequentially(text)
}

/** The edit view's main Publish button ("Publish changes"); its menu's per-locale entries are not counted. */
export function publishButton(page: Page) {
  return page.getByRole('button', { name: /^Publish( changes)?$/ })
}

export function saveDraftButton(page: Page) {
  return page.getByRole('button', { name: 'Save Draft' })
}

/** Waits for Payload's confirmation toast after a save and returns its text. */
export async function savedConfirmation(page: Page): Promise<string> {
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: /successfully/i }).first()
  await toast.waitFor({ timeout: 30_000 })
  return (await toast.textContent()) ?? ''
}
