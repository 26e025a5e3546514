import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { createUser } from '../helpers/users'

let ctx: TestPayload
let payload: Payload
let admin: Awaited<ReturnType<typeof createUser>>
let editor: typeof admin
let translator: typeof admin
let reviewer: typeof admin

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  translator = await createUser(payload, 'translator', ['zh'])
  reviewer = await createUser(payload, 'reviewer', ['ar'])
})
afterAll(async () => ctx?.close())

const articleData = (title: string) => ({ title, summary: `${title} summary`, body: paragraph(title) })

async function publishedArticle(title: string) {
  return payload.create({
    collection: 'articles',
    locale: 'en',
    data: { ...articleData(title), _status: 'published', publishedAt: '2025-01-01T00:00:00.000Z' },
    user: editor,
    overrideAccess: false,
  })
}

describe('anonymous readers', () => {
  it('should see published items and never drafts', async () => {
    const published = await publishedArticle('Published for everyone')
    const draft = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { ...articleData('Secret draft'), _status: 'draft' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const { docs } = await payload.find({ collection: 'articles', overrideAccess: false, depth: 0, limit: 100 })
    const ids = docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    await expect(payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: false })).rejects.toThrow()
    const asDraft = await payload.find({ collection: 'articles', draft: true, overrideAccess: false, depth: 0 })
    expect(asDraft.docs.map((doc) => doc.id)).not.toContain(draft.id)
  })

  it('should not be able to create, update or delete content', async () => {
    const article = await publishedArticle('Untouchable')
    await expect(
      payload.create({ collection: 'articles', data: articleData('Spam'), overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.update({ collection: 'articles', id: article.id, data: { title: 'Defaced' }, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    await expect(payload.delete({ collection: 'articles', id: article.id, overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })

  it('should not be able to list staff accounts', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })
})

describe('translators', () => {
  it('should save a draft translation in an assigned locale', async () => {
    const article = await publishedArticle('To translate')
    const saved = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'zh',
      draft: true,
      data: { title: '待翻译', summary: '摘要' },
      user: translator,
      overrideAccess: false,
    })
    expect(saved.title).toBe('待翻译')
    expect(saved._status).toBe('draft')
  })

  it('should be refused outside their locales and on the default-locale source', async () => {
    const article = await publishedArticle('Out of scope')
    for (const locale of ['fr', 'en'] as const) {
      await expect(
        payload.update({
          collection: 'articles',
          id: article.id,
          locale,
          draft: true,
          data: { title: 'Changed' },
          user: translator,
          overrideAccess: false,
        }),
      ).rejects.toThrow(/not allowed/i)
    }
    const english = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en', draft: true })
    expect(english.title).toBe('Out of scope')
  })

  it('should not be able to publish, even in an assigned locale', async () => {
    const article = await publishedArticle('Needs review')
    await expect(
      payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'zh',
        data: { title: '未经审核', _status: 'published' },
        user: translator,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    // A save without the draft flag is kept as a draft of their language: nothing goes live, nothing goes offline.
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'zh',
      data: { title: '未经审核' },
      user: translator,
      overrideAccess: false,
    })
    const published = await payload.findByID({ collection: 'articles', id: article.id, locale: 'zh', fallbackLocale: false })
    expect(published.title ?? null).toBeNull()
    expect(published._status).toBe('published')
    const draft = await payload.findByID({ collection: 'articles', id: article.id, locale: 'zh', draft: true, fallbackLocale: false })
    expect(draft.title).toBe('未经审核')
  })

  it('should not change fields that every locale shares', async () => {
    const article = await publishedArticle('Shared fields')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'zh',
      draft: true,
      data: { title: '共享字段', publishedAt: '1999-01-01T00:00:00.000Z' },
      user: translator,
      overrideAccess: false,
    })
    const latest = await payload.findByID({ collection: 'articles', id: article.id, locale: 'zh', draft: true })
    expect(latest.title).toBe('共享字段')
    expect(latest.publishedAt).toBe('2025-01-01T00:00:00.000Z')
  })

  it('should not be able to create or delete items', async () => {
    const article = await publishedArticle('Keep me')
    await expect(
      payload.create({ collection: 'articles', locale: 'zh', data: articleData('新'), user: translator, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.delete({ collection: 'articles', id: article.id, user: translator, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
  })
})

describe('reviewers', () => {
  it('should publish an assigned locale', async () => {
    const article = await publishedArticle('Review me')
    const saved = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'ar',
      data: { title: 'راجعني', summary: 'ملخص', body: paragraph('راجعني'), _status: 'published' },
      user: reviewer,
      overrideAccess: false,
    })
    expect(saved._status).toBe('published')
    const publicView = await payload.findByID({ collection: 'articles', id: article.id, locale: 'ar', overrideAccess: false })
    expect(publicView.title).toBe('راجعني')
  })

  it('should be refused in locales they are not assigned', async () => {
    const article = await publishedArticle('Not yours')
    await expect(
      payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'zh',
        data: { title: '不是你的' },
        user: reviewer,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})

describe('editors', () => {
  it('should create, publish and delete content in any locale', async () => {
    const article = await publishedArticle('Editor article')
    const french = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'fr',
      data: { ...articleData('Article de la rédaction'), _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(french.title).toBe('Article de la rédaction')
    await payload.delete({ collection: 'articles', id: article.id, user: editor, overrideAccess: false })
  })

  it('should not be able to change roles, their own included', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'admin', name: 'Eddie' },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Eddie')
    expect(updated.role).toBe('editor')
    await expect(
      payload.update({ collection: 'users', id: translator.id, data: { role: 'editor' }, user: editor, overrideAccess: false }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('should not be able to create accounts or carry a role through duplicate', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'new-admin@concord.test', password: 'x'.repeat(12), role: 'admin' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.duplicate({ collection: 'users', id: admin.id, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    const admins = await payload.count({ collection: 'users', where: { role: { equals: 'admin' } } })
    expect(admins.totalDocs).toBe(1)
  })
})

describe('admins', () => {
  it('should manage roles and assigned locales', async () => {
    const promoted = await payload.update({
      collection: 'users',
      id: translator.id,
      data: { assignedLocales: ['zh', 'ja'] },
      user: admin,
      overrideAccess: false,
    })
    expect(promoted.assignedLocales).toEqual(['zh', 'ja'])
  })

  it('should make the very first account an admin whatever role it asked for', async () => {
    const fresh = await startPayloadWithoutUsers()
    expect(fresh).toBe('admin')
  })
})

/** The first-user rule needs an empty users table: empty it inside a transaction that is rolled back afterwards. */
async function startPayloadWithoutUsers() {
  const { docs } = await payload.find({ collection: 'users', limit: 100, depth: 0 })
  const { createLocalReq, initTransaction, killTransaction, registerFirstUserOperation } = await import('payload')
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    for (const user of docs) await payload.delete({ collection: 'users', id: user.id, req })
    // The same operation as the admin's "create first user" screen.
    const { user } = await registerFirstUserOperation({
      collection: payload.collections.users,
      data: { email: 'first@concord.test', password: 'x'.repeat(12), role: 'translator' } as never,
      req,
    })
    return (user as { role?: string }).role
  } finally {
    await killTransaction(req)
  }
}
