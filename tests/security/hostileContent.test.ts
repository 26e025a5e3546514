/**
 * Regression tests for what held when the portal was attacked: script-bearing text in every localized field stays
 * text in pages, JSON-LD, feeds and search results; `javascript:` links never become links; hidden fields cannot be
 * filtered on; staff-only collections stay closed; nobody but an admin changes a role.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { SaxesParser } from 'saxes'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportPublished } from '../../cms/export/exportPublished'
import { serveSite } from '../../publishing/serve/siteServer'
import { ApiClient } from '../helpers/apiClient'
import { useApiPortal } from '../helpers/apiPortal'
import { launchBrowser } from '../helpers/browser'
import { buildSite, listFiles } from '../helpers/builtSite'
import { link, para, richText, text } from '../helpers/richText'
import { createUser } from '../helpers/users'

const portal = useApiPortal()
let payload: Payload
let anonymous: ApiClient
let dist: string
let admin: Awaited<ReturnType<typeof createUser>>

/** Breaks out of an attribute, an element, a JSON-LD block and an XML feed, and calls home if it ever runs. */
const hostile = (label: string) => `Hostileword ${label} "'><script>alert('${label}')</script></script><img src=x onerror=alert(1)>&amp;</title>]]>`

beforeAll(async () => {
  ;({ payload, anonymous } = portal())
  admin = await createUser(payload, 'admin')
  const topic = await payload.create({ collection: 'topics', locale: 'en', data: { name: hostile('topic'), description: hostile('topic-description') } })
  await payload.create({
    collection: 'articles',
    locale: 'en',
    data: {
      title: hostile('title'),
      summary: hostile('summary'),
      source: hostile('source'),
      body: richText(
        para(text(hostile('body'))),
        para(link('javascript:alert(document.domain)', text('a javascript link'))),
        para(link('data:text/html,<script>alert(1)</script>', text('a data link'))),
      ),
      seo: { metaTitle: 'Hostileword <script>x</script>', metaDescription: hostile('description').slice(0, 190) },
      topics: [topic.id],
      _status: 'published',
      publishedAt: '2025-03-01T00:00:00.000Z',
    },
  })
  await payload.create({
    collection: 'events',
    locale: 'en',
    data: {
      title: hostile('event'),
      summary: hostile('event-summary'),
      place: hostile('place'),
      eventType: 'forum',
      startDate: '2025-05-01T09:00:00.000Z',
      _status: 'published',
    } as never,
  })
  const exportDir = path.join(portal().dataDir, 'export')
  dist = path.join(portal().dataDir, 'dist')
  await exportPublished(payload, exportDir)
  buildSite(exportDir, dist)
}, 300_000)


describe('hostile text in the built site', () => {
  it('should never become markup in pages, with attribute values set aside', () => {
    const pages = listFiles(dist).filter((file) => file.endsWith('.html'))
    expect(pages.some((file) => fs.readFileSync(path.join(dist, file), 'utf8').includes('Hostileword'))).toBe(true)
    for (const file of pages) {
      const markup = fs.readFileSync(path.join(dist, file), 'utf8').replace(/="[^"]*"/g, '=""')
      // A literal `<` starting the injected elements: escaped text (`&lt;img … onerror=…&gt;`) is inert and fine.
      const found = /<script>alert|<img src=x/.exec(markup)
      expect(found ? markup.slice(Math.max(0, found.index - 200), found.index + 100) : null, file).toBeNull()
    }
  })

  it('should stay inside JSON-LD as data, unable to close the script element', () => {
    let blocks = 0
    for (const file of listFiles(dist).filter((name) => name.endsWith('.html'))) {
      const page = fs.readFileSync(path.join(dist, file), 'utf8')
      for (const match of page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        blocks++
        const json = JSON.parse(match[1])
        if (JSON.stringify(json).includes('Hostileword')) expect(JSON.stringify(json)).toContain("<script>alert(")
        expect(match[1].toLowerCase(), file).not.toContain('</script')
        expect(match[1], file).not.toContain('<!--')
      }
    }
    expect(blocks).toBeGreaterThan(0)
  })

  it('should keep every feed well-formed, with hostile text as text', () => {
    const feeds = listFiles(dist).filter((file) => /feeds\/.*\.(xml|json)$/.test(file))
    expect(feeds.length).toBeGreaterThan(0)
    for (const file of feeds) {
      const content = fs.readFileSync(path.join(dist, file), 'utf8')
      if (file.endsWith('.json')) {
        expect(() => JSON.parse(content), file).not.toThrow()
        continue
      }
      const elements: string[] = []
      const parser = new SaxesParser()
      parser.on('opentag', (tag) => elements.push(tag.name))
      parser.write(content).close()
      expect(elements, file).not.toContain('script')
      expect(elements, file).not.toContain('img')
    }
  })

  it('should never turn javascript: or data: addresses into links', () => {
    for (const file of listFiles(dist).filter((name) => /\.(html|xml|json)$/.test(name))) {
      const content = fs.readFileSync(path.join(dist, file), 'utf8')
      expect(content, file).not.toMatch(/href=["']?\s*(javascript|data|vbscript):/i)
    }
  })

  it('should show hostile text in search results as text, running nothing', async () => {
    const server = await serveSite(() => dist)
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      const dialogs: string[] = []
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message())
        await dialog.dismiss()
      })
      await page.goto(`${server.url}/en/search/?q=Hostileword`)
      await page.locator('#search-results li').first().waitFor({ timeout: 20_000 })
      await page.waitForTimeout(500)
      expect(dialogs).toEqual([])
      expect(await page.locator('#search-results script, #search-results img[src="x"]').count()).toBe(0)
      expect(await page.locator('#search-results').innerText()).toContain('Hostileword')
    } finally {
      await browser.close()
      await server.close()
    }
  })
})

describe('the API', () => {
  it('should not let anyone filter on fields they cannot read', async () => {
    for (const path of [
      '/api/users?where[hash][exists]=true',
      '/api/users?where[email][like]=admin',
      '/api/locale-publications?where[publishedBy][exists]=true',
      '/api/articles/versions?where[version.title][like]=Hostileword',
    ]) {
      const answer = await anonymous.get(path)
      expect(answer.status, path).toBeGreaterThanOrEqual(400)
      expect(answer.status, path).toBeLessThan(500)
      expect(answer.json?.docs, path).toBeUndefined()
    }
  })

  it('should keep staff-only collections closed to anonymous readers', async () => {
    for (const slug of ['users', 'translations', 'translation-events', 'site-builds', 'auth-throttles', 'payload-jobs', 'payload-preferences']) {
      const answer = await anonymous.get(`/api/${slug}`)
      expect([401, 403, 404], slug).toContain(answer.status)
    }
  })

  it('should let only admins change roles and assigned languages, over REST and GraphQL', async () => {
    const editor = await createUser(payload, 'editor')
    const translator = await createUser(payload, 'translator', ['zh'])
    const asEditor = await ApiClient.signIn(portal().url, editor.email)
    const asTranslator = await ApiClient.signIn(portal().url, translator.email)
    await asEditor.call('PATCH', `/api/users/${editor.id}`, { body: { role: 'admin' } })
    await asTranslator.call('PATCH', `/api/users/${translator.id}`, { body: { role: 'editor', assignedLocales: ['zh', 'en'] } })
    await asTranslator.graphql(`mutation { updateUser(id: ${translator.id}, data: { role: admin }) { id } }`)
    expect((await payload.findByID({ collection: 'users', id: editor.id })).role).toBe('editor')
    const after = await payload.findByID({ collection: 'users', id: translator.id })
    expect(after.role).toBe('translator')
    expect(after.assignedLocales).toEqual(['zh'])
    const asAdmin = await ApiClient.signIn(portal().url, admin.email)
    expect((await asAdmin.call('PATCH', `/api/users/${translator.id}`, { body: { assignedLocales: ['zh', 'ja'] } })).status).toBe(200)
  })
})
