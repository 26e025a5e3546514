import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishSite } from '../../publishing/pipeline/publishSite'
import { liveExportDir } from '../../publishing/releases/siteFolders'
import { Releases } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { serveSite } from '../../publishing/serve/siteServer'
import { renderDraft } from '../../site/render/preview'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { serveRestApi } from '../helpers/restServer'
import { paragraph } from '../helpers/richText'
import { createUser } from '../helpers/users'

const ctx = usePayload()
let payload: Payload
let cms: Awaited<ReturnType<typeof serveRestApi>>
let site: Awaited<ReturnType<typeof serveSite>>
let cookie: string
let draftId: number | string

beforeAll(async () => {
  payload = ctx().payload
  const root = path.join(ctx().dataDir, 'site')
  const releases = new Releases(root)
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  expect((await publishSite(payload, { trigger: 'first release', root })).status).toBe('live')
  const editor = await createUser(payload, 'editor')
  const draft = await payload.create({
    collection: 'articles',
    locale: 'en',
    data: { title: 'Unpublished plans', summary: 'DRAFTMARKER summary', body: paragraph('DRAFTMARKER body') },
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  draftId = draft.id
  cms = await serveRestApi()
  site = await serveSite(() => releases.currentLink, 0, '127.0.0.1', {
    preview: (pathname, cookie) =>
      renderDraft(pathname, cookie, { cmsUrl: cms.url, siteUrl: 'http://localhost:4321', liveRelease: () => releases.currentLink, exportDir: liveExportDir(root) }),
  })
  const login = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: editor.email, password: 'correct horse battery staple' }),
  })
  cookie = login.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ')
  expect(cookie).toContain('payload-token=')
}, 180_000)

afterAll(async () => {
  await site?.close()
  await cms?.close()
})

describe('draft preview', () => {
  it('should render a draft with the public templates for a signed-in editor, privately and marked as a preview', async () => {
    const response = await fetch(`${site.url}/preview/articles/${draftId}/en/`, { headers: { cookie } })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
    const html = await response.text()
    expect(html).toContain('Unpublished plans')
    expect(html).toContain('DRAFTMARKER body')
    expect(html).toContain('class="preview-notice"')
    expect(html).toContain('<meta name="robots" content="noindex, follow">')
    // The same layout as the public pages: skip link, language switcher, site footer.
    expect(html).toContain('class="skip-link"')
    expect(html).toContain('class="language-switcher"')
  })

  it('should preview the draft in another locale the way the public would see it (a fallback page here)', async () => {
    const html = await (await fetch(`${site.url}/preview/articles/${draftId}/zh/`, { headers: { cookie } })).text()
    expect(html).toContain('<html lang="zh-Hans"')
    expect(html).toContain('class="fallback-notice"')
    expect(html).toContain('DRAFTMARKER body')
  })

  it('should refuse anyone not signed in, and keep the draft out of the public site', async () => {
    const anonymous = await fetch(`${site.url}/preview/articles/${draftId}/en/`)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).not.toContain('DRAFTMARKER')
    // Told in the language of the page asked for.
    expect(await (await fetch(`${site.url}/preview/articles/${draftId}/zh/`)).text()).toContain('请登录管理后台')
    expect((await fetch(`${site.url}/en/news/unpublished-plans/`)).status).toBe(404)
    expect(await (await fetch(`${site.url}/en/news/`)).text()).not.toContain('Unpublished plans')
  })
})
