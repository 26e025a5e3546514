/**
 * The production admin's answers as a browser and an attacker see them: a nonce-based Content-Security-Policy that the
 * admin itself never violates, no framing, `nosniff`, a referrer policy, and no `X-Powered-By`.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type AdminPortal, firstAdminLogin, type RunningAdmin, startAdminPortal, stopAdminPortal } from '../helpers/admin'
import { logIn } from '../helpers/adminPages'
import { launchBrowser } from '../helpers/browser'

let portal: AdminPortal | undefined
let dataDir: string
let admin: RunningAdmin

beforeAll(async () => {
  portal = await startAdminPortal(inject('dataDir'), 'admin-security')
  ;({ dataDir, admin } = portal)
}, 600_000)

afterAll(async () => stopAdminPortal(portal))

describe('the admin’s headers', () => {
  it('should send a strict policy and the usual guards on pages and API answers, and no X-Powered-By', async () => {
    for (const pathname of ['/admin/login', '/admin', '/api/users/me', '/api/articles?limit=1']) {
      const response = await fetch(admin.url + pathname, { redirect: 'manual' })
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, pathname).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/)
      expect(csp, pathname).toContain("frame-ancestors 'none'")
      expect(csp, pathname).toContain("object-src 'none'")
      expect(csp, pathname).not.toMatch(/script-src[^;]*'unsafe-inline'/)
      expect(response.headers.get('x-content-type-options'), pathname).toBe('nosniff')
      expect(response.headers.get('x-frame-options'), pathname).toBe('DENY')
      expect(response.headers.get('referrer-policy'), pathname).toBeTruthy()
      expect(response.headers.get('x-powered-by'), pathname).toBeNull()
    }
  })

  it('should give every page its own nonce', async () => {
    const nonces = await Promise.all(
      [1, 2].map(async () => /'nonce-([^']+)'/.exec((await fetch(`${admin.url}/admin/login`)).headers.get('content-security-policy') ?? '')?.[1]),
    )
    expect(nonces[0]).toBeTruthy()
    expect(nonces[0]).not.toBe(nonces[1])
  })

  it('should let the admin work in Chromium without a single policy violation', async () => {
    const browser = await launchBrowser({ locale: 'en' })
    try {
      const page = await browser.newPage()
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text())
      })
      await logIn(page, admin.url, firstAdminLogin(dataDir))
      await page.goto(`${admin.url}/admin/collections/articles`)
      await page.getByRole('link', { name: /create new/i }).first().waitFor()
      await page.goto(`${admin.url}/admin/translations`)
      await page.waitForLoadState('networkidle')
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
