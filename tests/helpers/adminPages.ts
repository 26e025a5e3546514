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
 * Opens a document's edit view as a colleague would. Payload locks a document for whoever last had its form open
 * (form-state requests create the lock, a save does not end it) for up to five minutes; the next person is shown
 * "Document locked" and chooses "Take over". Whether the lock is still there depends on request timing, so this
 * takes over only when asked. Returns whether it had to.
 */
export async function openDocument(page: Page, url: string): Promise<boolean> {
  await page.goto(url)
  await page.getByLabel(/^Title/).waitFor()
  await page.waitForLoadState('networkidle')
  const locked = page.getByRole('dialog', { name: 'document-locked' })
  // The lock is checked by a request of its own after the form has loaded: give its dialog a moment to appear.
  const appeared = await locked.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)
  if (!appeared) return false
  await locked.getByRole('button', { name: 'Take over' }).click()
  await locked.waitFor({ state: 'hidden' })
  return true
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
