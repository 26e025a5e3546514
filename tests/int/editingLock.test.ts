import { handleEndpoints, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '../helpers/payload'
import { createUser, testPassword } from '../helpers/users'

let ctx: TestPayload
let payload: Payload
let editor: Awaited<ReturnType<typeof createUser>>
let translator: typeof editor
let articleId: number | string

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  editor = await createUser(payload, 'editor')
  await payload.update({ collection: 'users', id: editor.id, data: { name: 'Edith Editor' } })
  translator = await createUser(payload, 'translator', ['zh'])
  const article = await payload.create({
    collection: 'articles',
    locale: 'en',
    data: { title: 'A locked article', summary: 'Summary', _status: 'draft' },
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  articleId = article.id
})
afterAll(async () => ctx?.close())
afterEach(async () => {
  delete process.env.CONCORD_EDIT_LOCK_SECONDS
  await payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } } })
})

/** The lock Payload's edit view takes for whoever has the form open (as its form-state request creates it). */
async function lockFor(user: { id: number | string }, updatedAt = new Date()) {
  await payload.db.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'articles', value: articleId }, user: { relationTo: 'users', value: user.id }, updatedAt: updatedAt.toISOString() },
  })
}

async function callEditing(method: 'GET' | 'DELETE', as?: { email: string }, id: number | string = articleId, language?: string) {
  const token = as ? (await payload.login({ collection: 'users', data: { email: as.email, password: testPassword } })).token : undefined
  const headers: Record<string, string> = { ...(token ? { Authorization: `JWT ${token}` } : {}), ...(language ? { 'Accept-Language': language } : {}) }
  return handleEndpoints({ config: payload.config, request: new Request(`http://localhost/api/articles/${id}/editing`, { method, headers }) })
}

async function whoIsEditing(as?: { email: string }, id: number | string = articleId) {
  const response = await callEditing('GET', as, id)
  return { status: response.status, body: (await response.json()) as { editor: { name: string } | null; since: string | null; lockSeconds: number } }
}

const lockCount = async () => (await payload.count({ collection: 'payload-locked-documents' })).totalDocs

describe('who is editing a document', () => {
  it('should name the colleague holding the lock, and since when, to other staff', async () => {
    const since = new Date(Date.now() - 5_000)
    await lockFor(editor, since)
    const { status, body } = await whoIsEditing(translator)
    expect(status).toBe(200)
    expect(body.editor).toEqual({ name: 'Edith Editor' })
    expect(new Date(body.since!).getTime()).toBe(since.getTime())
    expect(body.lockSeconds).toBe(60)
  })

  it('should not report the user’s own lock', async () => {
    await lockFor(editor)
    expect((await whoIsEditing(editor)).body.editor).toBeNull()
  })

  it('should not report a lock older than the configured duration', async () => {
    process.env.CONCORD_EDIT_LOCK_SECONDS = '15'
    await lockFor(editor, new Date(Date.now() - 30_000))
    expect((await whoIsEditing(translator)).body).toMatchObject({ editor: null, lockSeconds: 15 })
  })

  it('should refuse anonymous readers and ids that cannot be documents', async () => {
    await lockFor(editor)
    const anonymous = await whoIsEditing()
    expect(anonymous.status).toBe(401)
    expect(JSON.stringify(anonymous.body)).not.toContain('Edith')
    expect((await whoIsEditing(translator, 'abc')).status).toBe(400)
  })
})

describe('refusals in the admin\u2019s language', () => {
  it.each([
    ['zh', 'GET', undefined, '请登录以查看谁在编辑。'],
    ['fr', 'DELETE', undefined, 'Connectez-vous pour libérer un verrou de modification.'],
    ['ar', 'GET', 'nope', '«nope» ليس معرّف مستند.'],
    ['en', 'DELETE', 'nope', '"nope" is not a document id.'],
  ] as const)('should say in %s why a %s is refused', async (language, method, id, message) => {
    const response = await callEditing(method, id ? translator : undefined, id ?? articleId, language)
    expect(response.status).toBe(id ? 400 : 401)
    expect(await response.json()).toEqual({ error: message })
  })
})

describe('letting go of an edit lock when the page goes away', () => {
  it('should remove the user’s own lock', async () => {
    await lockFor(editor)
    const response = await callEditing('DELETE', editor)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ released: 1 })
    expect(await lockCount()).toBe(0)
  })

  it('should never remove a colleague’s lock, nor let anonymous requests in', async () => {
    await lockFor(editor)
    expect(await (await callEditing('DELETE', translator)).json()).toEqual({ released: 0 })
    expect((await callEditing('DELETE')).status).toBe(401)
    expect(await lockCount()).toBe(1)
    expect((await whoIsEditing(translator)).body.editor).toEqual({ name: 'Edith Editor' })
  })
})

describe('edit locks of editorial collections', () => {
  it('should last 60 seconds by default instead of Payload’s 300', () => {
    expect(payload.collections.articles.config.lockDocuments).toEqual({ duration: 60 })
  })
})
