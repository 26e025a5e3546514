/**
 * No acknowledged write is ever lost: failed requests of every kind, interleaved with writes, never swallow a write
 * that was answered 2xx — checked through the API and again after Payload is restarted on the same database file.
 * And the admin's real concurrency (parallel saves while a transaction is open) never meets "database is locked".
 */
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ApiClient } from '../helpers/apiClient'
import { signedInAs, useApiPortal } from '../helpers/apiPortal'
import { paragraph } from '../helpers/richText'
import { createUser, testPassword } from '../helpers/users'

const portal = useApiPortal()
let payload: Payload
let anonymous: ApiClient
let asAdmin: ApiClient
let asEditor: ApiClient
let asTranslator: ApiClient
let adminEmail: string

beforeAll(async () => {
  ;({ payload, anonymous } = portal())
  const admin = await signedInAs(portal(), 'admin')
  adminEmail = admin.user.email
  asAdmin = admin.client
  asEditor = (await signedInAs(portal(), 'editor')).client
  asTranslator = (await signedInAs(portal(), 'translator', ['zh'])).client
})

/** Requests that fail, one of each kind: the user's mistakes, refusals, and operations that fail half way. */
function failingRequests(articleId: number | string): (() => Promise<unknown>)[] {
  return [
    () => anonymous.call('POST', '/api/users/forgot-password', { body: { email: adminEmail } }),
    () => anonymous.call('POST', '/api/users/forgot-password', { body: { email: 'nobody@concord.test' } }),
    () => anonymous.call('POST', '/api/users/login', { body: { email: adminEmail, password: 'wrong password' } }),
    () => anonymous.call('POST', '/api/users/reset-password', { body: { token: 'not-a-token', password: 'x'.repeat(16) } }),
    () => asEditor.call('POST', '/api/articles?locale=en', { body: { title: 'Broken', publishedAt: 'never', _status: 'published' } }),
    () => asEditor.call('POST', '/api/articles?locale=en', { body: { title: 'Dangling', summary: 's', body: paragraph('b'), cover: 999999, _status: 'published' } }),
    () => asEditor.call('PATCH', `/api/articles/${articleId}?locale=en`, { raw: 'null', contentType: 'application/json' }),
    () => asTranslator.call('PATCH', `/api/articles/${articleId}?locale=en`, { body: { title: 'Not my language' } }),
    () => asTranslator.call('POST', '/api/translation-workflow/publish', { body: { collection: 'articles', id: articleId, locale: 'zh' } }),
    () => asEditor.call('PATCH', `/api/articles/${articleId}?locale=en`, { body: { slug: 'taken-slug' } }),
    () => asEditor.call('DELETE', '/api/articles/999999'),
    () => asEditor.graphql('mutation { updateArticle(id: 999999, data: { title: "x" }) { id } }'),
    () => asAdmin.call('POST', '/api/users', { body: { email: adminEmail, password: testPassword, role: 'editor' } }),
  ]
}

describe('acknowledged writes', () => {
  it('should all persist when failed requests of every kind are interleaved with them, also after a restart', async () => {
    const article = await asEditor.call('POST', '/api/articles?locale=en', {
      body: { title: 'Interleaving target', summary: 's', body: paragraph('b'), _status: 'published' },
    })
    expect(article.status).toBe(201)
    await asEditor.call('POST', '/api/articles?locale=en', { body: { title: 'Taken', slug: 'taken-slug', summary: 's', body: paragraph('b'), _status: 'published' } })
    const articleId = article.json.doc.id
    const acknowledged: { collection: 'users' | 'articles'; id: number | string; email?: string }[] = []
    const failures = failingRequests(articleId)
    for (let round = 0; round < 3; round++) {
      for (const [index, fail] of failures.entries()) {
        const answer = (await fail()) as { status: number; text: string }
        expect(answer.status, `failing request ${index}: ${answer.text.slice(0, 200)}`).toBeLessThan(500)
        const email = `acknowledged-${round}-${index}@concord.test`
        const user = await asAdmin.call('POST', '/api/users', { body: { email, password: testPassword, role: 'editor' } })
        expect(user.status, user.text.slice(0, 200)).toBe(201)
        acknowledged.push({ collection: 'users', id: user.json.doc.id, email })
        const created = await asEditor.call('POST', '/api/articles?locale=en', {
          body: { title: `Acknowledged ${round}-${index}`, summary: 's', body: paragraph('b'), _status: 'published' },
        })
        expect(created.status, created.text.slice(0, 200)).toBe(201)
        acknowledged.push({ collection: 'articles', id: created.json.doc.id })
      }
    }
    const check = async (reader: Payload) => {
      for (const write of acknowledged) {
        const found = await reader.find({ collection: write.collection, where: { id: { equals: write.id } }, depth: 0 })
        expect(found.docs, `${write.collection} ${write.id}`).toHaveLength(1)
      }
    }
    await check(payload)
    const listed = await asAdmin.get('/api/users?limit=200&depth=0')
    const emails = new Set((listed.json.docs as { email: string }[]).map((user) => user.email))
    for (const write of acknowledged.filter((one) => one.email)) expect(emails.has(write.email!), write.email).toBe(true)
    // Every new account can sign in.
    for (const write of acknowledged.filter((one) => one.email).slice(0, 5)) await ApiClient.signIn(portal().url, write.email!)
    // A second Payload on the same database file sees every write: they were committed, not held by a connection.
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../cms/payload.config')
    const second = await getPayload({ config, key: 'restarted' } as never)
    try {
      await check(second)
    } finally {
      await second.destroy()
    }
  })
})

describe('concurrency', () => {
  it('should answer every one of many parallel saves without "database is locked"', async () => {
    const ids: (number | string)[] = []
    for (let index = 0; index < 4; index++) {
      const created = await asEditor.call('POST', '/api/articles?locale=en', {
        body: { title: `Concurrent ${index}`, summary: 's', body: paragraph('b'), _status: 'published' },
      })
      ids.push(created.json.doc.id)
    }
    const saves = Array.from({ length: 40 }, (_, index) =>
      asEditor.call('PATCH', `/api/articles/${ids[index % ids.length]}?locale=en${index % 2 ? '&draft=true' : ''}`, {
        body: { title: `Concurrent save ${index}`, _status: index % 2 ? 'draft' : 'published' },
      }),
    )
    const account = await createUser(payload, 'editor')
    const resets = Array.from({ length: 5 }, (_, index) =>
      anonymous.call('POST', '/api/users/forgot-password', { body: { email: index === 0 ? account.email : `reset-${index}@concord.test` } }),
    )
    const answers = await Promise.all([...saves, ...resets])
    for (const answer of answers) {
      expect(answer.text).not.toMatch(/database is locked/i)
      expect(answer.status, answer.text.slice(0, 200)).toBeLessThan(300)
    }
  })

  it('should answer a sign-in (which counts the attempt outside any transaction) while a save holds its transaction open', async () => {
    // A save that awaits something (hashing a password, reading a file) with its transaction open, in this process.
    const account = await createUser(payload, 'editor')
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.create({ collection: 'users', data: { email: `held-${Date.now()}@concord.test`, password: testPassword, role: 'editor' }, req })
    const signIn = anonymous.call('POST', '/api/users/login', { body: { email: account.email, password: testPassword } })
    // Before the fix the sign-in's write waited in SQLite's busy handler, holding the process, so this never ran
    // until the busy timeout had failed the sign-in with "database is locked".
    await new Promise((resolve) => setTimeout(resolve, 300))
    await commitTransaction(req)
    const answer = await signIn
    expect(answer.text).not.toMatch(/database is locked|counter could not be read/i)
    expect(answer.status, answer.text.slice(0, 200)).toBe(200)
  })
})
