/**
 * Publication state changes only through actions that allow them: a translator's or reviewer's save, whatever it
 * sends, never takes an item offline; `_status` takes known values only; drafts are validated but may be incomplete.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type ApiClient, errorText } from '../helpers/apiClient'
import { publishedArticle as publish, signedInAs, useApiPortal } from '../helpers/apiPortal'
import type { createUser } from '../helpers/users'

const portal = useApiPortal()
let payload: Payload
let editor: Awaited<ReturnType<typeof createUser>>
let translator: typeof editor
let asEditor: ApiClient
let asTranslator: ApiClient
let asReviewer: ApiClient
let anonymous: ApiClient

beforeAll(async () => {
  ;({ payload, anonymous } = portal())
  ;({ user: editor, client: asEditor } = await signedInAs(portal(), 'editor'))
  ;({ user: translator, client: asTranslator } = await signedInAs(portal(), 'translator', ['zh']))
  asReviewer = (await signedInAs(portal(), 'reviewer', ['zh'])).client
})

async function publishedArticle(title: string) {
  return (await publish(payload, editor, title)).id
}

async function publications(id: number | string) {
  const { docs } = await payload.find({
    collection: 'locale-publications',
    where: { and: [{ collection: { equals: 'articles' } }, { documentId: { equals: String(id) } }] },
    depth: 0,
  })
  return docs.map((doc) => doc.locale).sort()
}

describe('a plain save by a translator or reviewer', () => {
  for (const role of ['translator', 'reviewer'] as const) {
    it(`should never unpublish the item (${role}, _status draft without ?draft=true)`, async () => {
      const id = await publishedArticle(`Stays online for the ${role}`)
      const client = role === 'translator' ? asTranslator : asReviewer
      const answer = await client.call('PATCH', `/api/articles/${id}?locale=zh`, {
        body: { title: `${role} 的译文`, _status: 'draft' },
      })
      expect(answer.status).toBeLessThan(300)
      const english = await anonymous.get(`/api/articles/${id}?locale=en&depth=0`)
      expect(english.status).toBe(200)
      expect(english.json._status).toBe('published')
      expect(await publications(id)).toEqual(['en'])
      // The text was kept as a draft of Chinese.
      const draft = await payload.findByID({ collection: 'articles', id, locale: 'zh', draft: true, fallbackLocale: false as never })
      expect(draft.title).toBe(`${role} 的译文`)
    })
  }

  // A save asked to return only some fields (`select`) hands the hooks a document without `_status`; the hook that
  // publishes a locale once read the main document's status instead, and published the translator's draft.
  it('should keep a draft save a draft when it asks for only some fields back (select)', async () => {
    const id = await publishedArticle('Draft stays draft with select')
    const answer = await asTranslator.call('PATCH', `/api/articles/${id}?locale=zh&draft=true&select[id]=true`, {
      body: { title: '只返回编号的草稿' },
    })
    expect(answer.status).toBe(200)
    expect(await publications(id)).toEqual(['en'])
    const chinese = await anonymous.get(`/api/articles/${id}?locale=zh&fallback-locale=none&depth=0`)
    expect(JSON.stringify(chinese.json)).not.toContain('只返回编号的草稿')
  })

  it('should never unpublish the item through a version restore', async () => {
    const id = await publishedArticle('Restore me not')
    await payload.update({ collection: 'articles', id, locale: 'zh', draft: true, data: { title: '草稿' }, user: translator, overrideAccess: false })
    const { docs } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1 })
    const refused = await asReviewer.call('POST', `/api/articles/versions/${docs[0].id}?locale=zh`)
    expect(refused.status).toBe(403)
    expect(await publications(id)).toEqual(['en'])
    const asDraft = await asReviewer.call('POST', `/api/articles/versions/${docs[0].id}?locale=zh&draft=true`)
    expect(asDraft.status).toBe(200)
    expect(await publications(id)).toEqual(['en'])
    expect((await anonymous.get(`/api/articles/${id}?locale=en`)).status).toBe(200)
  })

  it('should let an editor still unpublish the whole item', async () => {
    const id = await publishedArticle('Editor takes it down')
    const answer = await asEditor.call('PATCH', `/api/articles/${id}?locale=en`, { body: { _status: 'draft' } })
    expect(answer.status).toBe(200)
    expect(await publications(id)).toEqual([])
    expect((await anonymous.get(`/api/articles/${id}`)).status).toBe(404)
  })
})

describe('the document status', () => {
  it('should refuse unknown values and store nothing', async () => {
    const id = await publishedArticle('Known statuses only')
    for (const draft of ['', '?draft=true']) {
      const answer = await asEditor.call('PATCH', `/api/articles/${id}${draft ? `${draft}&` : '?'}locale=en`, {
        body: { title: 'Bogus status', _status: 'bogus' },
      })
      expect(answer.status, draft).toBe(400)
      expect(errorText(answer)).toMatch(/status/i)
    }
    const main = await payload.findByID({ collection: 'articles', id, locale: 'en' })
    expect(main._status).toBe('published')
    expect(main.title).toBe('Known statuses only')
  })
})

describe('draft saves', () => {
  it('may leave required fields empty', async () => {
    const answer = await asEditor.call('POST', '/api/articles?draft=true&locale=en', { body: { title: 'Only a title', _status: 'draft' } })
    expect(answer.status).toBe(201)
  })

  it('should still validate lengths, types, choices, relations and dates', async () => {
    const id = await publishedArticle('Validated drafts')
    const cases: [string, Record<string, unknown>][] = [
      ['a title of 10 MB', { title: 'x'.repeat(10 * 1024 * 1024) }],
      ['a title over the limit', { title: 'x'.repeat(1000) }],
      ['a date that is no date', { publishedAt: 'not a date' }],
      ['a relation to nothing', { cover: 987654 }],
      ['a relation id that is no id', { cover: 'abc' }],
      ['a related item that does not exist', { related: [{ relationTo: 'videos', value: 987654 }] }],
      ['a topic id of the wrong type', { topics: [{ nested: true }] }],
    ]
    for (const [label, data] of cases) {
      const answer = await asEditor.call('PATCH', `/api/articles/${id}?draft=true&locale=en`, { body: { ...data, _status: 'draft' } })
      expect(answer.status, label).toBeGreaterThanOrEqual(400)
      expect(answer.status, label).toBeLessThan(500)
      expect(errorText(answer).length, label).toBeGreaterThan(0)
    }
    const latest = await payload.findByID({ collection: 'articles', id, locale: 'en', draft: true })
    expect(latest.title).toBe('Validated drafts')
  })

  it('should validate the choices of a select field in a draft', async () => {
    const answer = await asEditor.call('POST', '/api/case-highlights?draft=true&locale=en', {
      body: { title: 'A case', cooperationTypes: ['not-a-type'], _status: 'draft' },
    })
    expect(answer.status).toBe(400)
  })
})
