/**
 * Per-language publication at the API boundary: what an anonymous reader can get out of the admin's REST and GraphQL
 * API, by every read path an attacker would try, once a translator has a draft that is not published.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/apiClient'
import { useApiPortal } from '../helpers/apiPortal'
import { paragraph } from '../helpers/richText'
import { createUser } from '../helpers/users'

const portal = useApiPortal()
let payload: Payload
let anonymous: ApiClient
let editor: Awaited<ReturnType<typeof createUser>>
let translator: typeof editor
let reviewer: typeof editor
let articleId: number
let relatingId: number
let oldCover: number
let newCover: number

/** Words that exist only in unpublished working copies: none of them may ever reach an anonymous reader. */
const secrets = {
  zhDraft: 'Zhdraftsecretword',
  zhDraftBody: 'Zhbodysecretword',
  frDraft: 'Frdraftsecretword',
  zhRedraft: 'Zhredraftsecretword',
}

const articleData = (title: string) => ({ title, summary: `${title} summary`, body: paragraph(`${title} body`) })

beforeAll(async () => {
  ;({ payload, anonymous } = portal())
  editor = await createUser(payload, 'editor')
  translator = await createUser(payload, 'translator', ['zh', 'fr'])
  reviewer = await createUser(payload, 'reviewer', ['zh'])
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  )
  const image = async (name: string) =>
    (
      await payload.create({
        collection: 'media',
        data: { alt: name },
        file: { data: png, mimetype: 'image/png', name: `${name}.png`, size: png.length },
        user: editor,
        overrideAccess: false,
      })
    ).id
  oldCover = await image('old-cover')
  newCover = await image('new-cover')

  // An editor publishes English with the old cover.
  const article = await payload.create({
    collection: 'articles',
    locale: 'en',
    data: { ...articleData('Public English title'), cover: oldCover, _status: 'published', publishedAt: '2025-01-01T00:00:00.000Z' },
    user: editor,
    overrideAccess: false,
  })
  articleId = article.id
  // A translator saves a Chinese draft and a French draft; neither is published.
  for (const [locale, title, body] of [
    ['zh', secrets.zhDraft, secrets.zhDraftBody],
    ['fr', secrets.frDraft, secrets.frDraft],
  ] as const) {
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale,
      draft: true,
      data: { title, summary: `${title} summary`, body: paragraph(body) },
      user: translator,
      overrideAccess: false,
    })
  }
  // The editor republishes English (the whole working copy, the drafts above included, is written by Payload).
  await payload.update({
    collection: 'articles',
    id: articleId,
    locale: 'en',
    data: { title: 'Public English title, revised', _status: 'published' },
    user: editor,
    overrideAccess: false,
  })
  // A second published article relates to the first, for population at depth.
  relatingId = (
    await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        ...articleData('Relating article'),
        related: [{ relationTo: 'articles', value: articleId }],
        _status: 'published',
        publishedAt: '2025-01-02T00:00:00.000Z',
      },
      user: editor,
      overrideAccess: false,
    })
  ).id
})

function expectNoSecret(text: string) {
  for (const secret of Object.values(secrets)) expect(text, `leaked "${secret}"`).not.toContain(secret)
}

describe('anonymous REST reads', () => {
  it('should not show an unpublished translation in a list filtered by id', async () => {
    const answer = await anonymous.get(`/api/articles?locale=zh&where[id][equals]=${articleId}&depth=0`)
    expect(answer.status).toBe(200)
    expect(answer.json.docs).toHaveLength(1)
    expect(answer.json.docs[0].title).toBe('Public English title, revised')
    expectNoSecret(answer.text)
  })

  it('should not show an unpublished translation of a single item, in any locale or all at once', async () => {
    for (const locale of ['zh', 'fr', 'all']) {
      const answer = await anonymous.get(`/api/articles/${articleId}?locale=${locale}&depth=0`)
      expect(answer.status).toBe(200)
      expectNoSecret(answer.text)
    }
  })

  it('should not show drafts when asked for them', async () => {
    for (const path of [
      `/api/articles/${articleId}?locale=zh&draft=true`,
      `/api/articles?locale=zh&draft=true&where[id][equals]=${articleId}`,
      `/api/articles?locale=all&draft=true`,
    ]) {
      const answer = await anonymous.get(path)
      expect(answer.status, path).toBeLessThan(500)
      expectNoSecret(answer.text)
    }
  })

  it('should not answer filters on draft text (no yes/no oracle)', async () => {
    for (const operator of ['like', 'contains', 'equals']) {
      const value = operator === 'equals' ? secrets.zhDraft : secrets.zhDraft.slice(0, 12)
      const list = await anonymous.get(`/api/articles?locale=zh&where[title][${operator}]=${value}`)
      expect(list.status).toBe(200)
      expect(list.json.totalDocs, operator).toBe(0)
      const count = await anonymous.get(`/api/articles/count?locale=zh&where[title][${operator}]=${value}`)
      expect(count.json.totalDocs, operator).toBe(0)
    }
    const body = await anonymous.get(`/api/articles?locale=zh&where[body][like]=${secrets.zhDraftBody}`)
    expect(body.json.totalDocs ?? 0).toBe(0)
    const drafts = await anonymous.get(`/api/articles?locale=zh&draft=true&where[title][like]=${secrets.zhDraft}`)
    expect(drafts.json.totalDocs ?? 0).toBe(0)
  })

  it('should not sort by draft text', async () => {
    const answer = await anonymous.get('/api/articles?locale=fr&sort=title&depth=0')
    expect(answer.status).toBe(200)
    expectNoSecret(answer.text)
  })

  it('should not show drafts of related items populated at depth', async () => {
    const answer = await anonymous.get(`/api/articles/${relatingId}?locale=zh&depth=2`)
    expect(answer.status).toBe(200)
    expect(answer.json.related[0].value.title).toBe('Public English title, revised')
    expectNoSecret(answer.text)
  })

  it('should not list versions', async () => {
    const answer = await anonymous.get(`/api/articles/versions?where[parent][equals]=${articleId}&locale=zh`)
    expect([401, 403]).toContain(answer.status)
    expectNoSecret(answer.text)
  })

  it('should show a translation exactly as it was published, not its newer draft', async () => {
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'zh',
      data: { title: '已发布的中文标题', summary: '摘要', body: paragraph('正文'), _status: 'published' },
      user: reviewer,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'zh',
      draft: true,
      data: { title: secrets.zhRedraft },
      user: translator,
      overrideAccess: false,
    })
    const answer = await anonymous.get(`/api/articles/${articleId}?locale=zh&depth=0`)
    expect(answer.json.title).toBe('已发布的中文标题')
    expectNoSecret(answer.text)
    const filtered = await anonymous.get(`/api/articles?locale=zh&where[title][like]=${secrets.zhRedraft}`)
    expect(filtered.json.totalDocs).toBe(0)
  })
})

describe('anonymous GraphQL reads', () => {
  it('should not show unpublished translations in lists, single items or drafts', async () => {
    const queries = [
      `{ Articles(locale: zh, where: { id: { equals: ${articleId} } }) { docs { title body } } }`,
      `{ Article(id: ${articleId}, locale: fr) { title body } }`,
      `{ Article(id: ${articleId}, locale: fr, draft: true) { title body } }`,
      `{ Articles(locale: fr, draft: true) { docs { title } } }`,
      `{ Articles(locale: fr, sort: "title") { docs { title } } }`,
    ]
    for (const query of queries) {
      const answer = await anonymous.graphql(query)
      expect(answer.status, query).toBeLessThan(500)
      expectNoSecret(answer.text)
    }
  })

  it('should not answer filters on draft text', async () => {
    const answer = await anonymous.graphql(`{ Articles(locale: fr, where: { title: { like: "${secrets.frDraft}" } }) { totalDocs } }`)
    expect(answer.json.data.Articles.totalDocs).toBe(0)
  })
})

describe('fields every language shares', () => {
  it('should not go live when a reviewer publishes a translation over an editor’s unpublished change', async () => {
    // The editor changes the cover in a draft and does not publish it.
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      draft: true,
      data: { cover: newCover },
      user: editor,
      overrideAccess: false,
    })
    // A reviewer of Chinese publishes the Chinese translation.
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'zh',
      data: { title: '审校后发布', summary: '摘要', body: paragraph('正文'), _status: 'published' },
      user: reviewer,
      overrideAccess: false,
    })
    for (const locale of ['en', 'zh', 'fr']) {
      const answer = await anonymous.get(`/api/articles/${articleId}?locale=${locale}&depth=0`)
      expect(answer.json.cover, locale).toBe(oldCover)
    }
    // What the site is built from says the same.
    const { docs } = await payload.find({
      collection: 'locale-publications',
      where: { and: [{ collection: { equals: 'articles' } }, { documentId: { equals: String(articleId) } }] },
      depth: 0,
    })
    for (const publication of docs) expect((publication.data as { cover?: unknown }).cover, publication.locale).toBe(oldCover)
    // The editor publishing English publishes the new cover, for every language.
    await payload.update({
      collection: 'articles',
      id: articleId,
      locale: 'en',
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    for (const locale of ['en', 'zh']) {
      const answer = await anonymous.get(`/api/articles/${articleId}?locale=${locale}&depth=0`)
      expect(answer.json.cover, locale).toBe(newCover)
    }
  })
})

describe('every endpoint of the API', () => {
  it('should give an anonymous visitor nothing of a draft, whatever the endpoint', async () => {
    const { default: config } = await import('../../cms/payload.config')
    const resolved = await config
    const paths: string[] = []
    const fill = (path: string) =>
      path
        .replace(':collection', 'articles')
        .replace(':id', String(articleId))
        .replace(':action', 'overview')
        .replace(/:[a-zA-Z]+/g, 'x')
    for (const endpoint of resolved.endpoints || []) {
      if (endpoint.method === 'get') paths.push(`/api${fill(endpoint.path)}?collection=articles&id=${articleId}&locale=fr`)
    }
    for (const collection of resolved.collections) {
      for (const endpoint of collection.endpoints || []) {
        if (endpoint.method === 'get') paths.push(`/api/${collection.slug}${fill(endpoint.path)}?locale=fr&draft=true`)
      }
    }
    expect(paths.length).toBeGreaterThan(10)
    for (const path of paths) {
      const answer = await anonymous.get(path)
      expect(answer.status, path).toBeLessThan(500)
      expectNoSecret(answer.text)
    }
  })
})
