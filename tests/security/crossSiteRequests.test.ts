/**
 * Cross-site request forgery: a page on another origin makes a signed-in editor's browser send requests carrying the
 * session cookie. Every state change — REST, GraphQL, multipart form posts, logout, Concord's own endpoints — must be
 * refused; the same requests from the admin's own origin must work.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { adminOrigin, ApiClient, errorText } from '../helpers/apiClient'
import { publishedArticle, signedInAs, useApiPortal } from '../helpers/apiPortal'
import { paragraph } from '../helpers/richText'
import { createUser } from '../helpers/users'

const portal = useApiPortal()
let payload: Payload
let asEditor: ApiClient
let articleId: number

const foreign = { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }
const sibling = { Origin: 'https://other.concord.test', 'Sec-Fetch-Site': 'same-site' }

beforeAll(async () => {
  payload = portal().payload
  const editor = await signedInAs(portal(), 'editor')
  asEditor = editor.client
  articleId = (await publishedArticle(payload, editor.user, 'CSRF target')).id
})

function form(fields: Record<string, string>) {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  return body
}

describe('state changes with the session cookie from another origin', () => {
  for (const [label, headers] of [
    ['a foreign site', foreign],
    ['a sibling host', sibling],
    ['a sandboxed frame (Origin: null)', { Origin: 'null' }],
    ['a cross-site page without Origin', { Origin: '', 'Sec-Fetch-Site': 'cross-site' }],
  ] as const) {
    it(`should be refused from ${label}`, async () => {
      const patch = await asEditor.call('PATCH', `/api/articles/${articleId}?locale=en`, { body: { title: 'Defaced' }, headers })
      expect(patch.status).toBe(403)
      expect(errorText(patch)).toMatch(/session/i)
      const created = await asEditor.call('POST', '/api/articles?locale=en', {
        raw: form({ _payload: JSON.stringify({ title: 'Planted', summary: 's', body: paragraph('b'), _status: 'published' }) }),
        headers,
      })
      expect(created.status).toBe(403)
      const mutation = await asEditor.graphql(`mutation { updateArticle(id: ${articleId}, data: { title: "Defaced" }) { id } }`, undefined, { headers })
      expect(mutation.status).toBe(403)
      const workflow = await asEditor.call('POST', '/api/translation-workflow/unpublish', {
        body: { collection: 'articles', id: articleId, locale: 'en' },
        headers,
      })
      expect(workflow.status).toBe(403)
      const logout = await asEditor.call('POST', '/api/users/logout', { headers })
      expect(logout.status).toBe(403)
    })
  }

  it('should have changed nothing, and the session should still be valid', async () => {
    const article = await payload.findByID({ collection: 'articles', id: articleId, locale: 'en', draft: true })
    expect(article.title).toBe('CSRF target')
    expect(await payload.count({ collection: 'articles', where: { title: { equals: 'Planted' } } })).toEqual({ totalDocs: 0 })
    const me = await asEditor.get('/api/users/me')
    expect(me.json.user?.email).toBeTruthy()
  })
})

describe('the admin’s own origin', () => {
  it('should save, post forms and log out', async () => {
    const own = { Origin: adminOrigin(), 'Sec-Fetch-Site': 'same-origin' }
    const patch = await asEditor.call('PATCH', `/api/articles/${articleId}?locale=en&draft=true`, { body: { title: 'Edited at home', _status: 'draft' }, headers: own })
    expect(patch.status).toBe(200)
    const created = await asEditor.call('POST', '/api/articles?locale=en&draft=true', {
      raw: form({ _payload: JSON.stringify({ title: 'Posted as a form', _status: 'draft' }) }),
      headers: own,
    })
    expect(created.status).toBe(201)
    const logout = await asEditor.call('POST', '/api/users/logout', { headers: own })
    expect(logout.status).toBe(200)
  })

  it('should accept scripts that send a token rather than a cookie, from anywhere', async () => {
    const editor = await createUser(payload, 'editor')
    const script = await ApiClient.signIn(portal().url, editor.email, undefined, 'token')
    const patch = await script.call('PATCH', `/api/articles/${articleId}?locale=en&draft=true`, {
      body: { title: 'Edited by a script', _status: 'draft' },
      headers: { Origin: 'https://automation.example' },
    })
    expect(patch.status).toBe(200)
  })
})
