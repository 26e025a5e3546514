/**
 * Bad input gets a 4xx with a clear message, never a 5xx, and nothing half-written: malformed ids, bodies, dates,
 * relation ids, GraphQL documents, locales. Fixed cases first, then properties over generated inputs (fast-check).
 */
import fc from 'fast-check'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ApiClient } from '../helpers/apiClient'
import { errorText } from '../helpers/apiClient'
import { publishedArticle, signedInAs, useApiPortal } from '../helpers/apiPortal'
import { paragraph } from '../helpers/richText'

const portal = useApiPortal()
let payload: Payload
let anonymous: ApiClient
let asEditor: ApiClient
let articleId: number | string

beforeAll(async () => {
  ;({ payload, anonymous } = portal())
  const editor = await signedInAs(portal(), 'editor')
  asEditor = editor.client
  articleId = (await publishedArticle(payload, editor.user, 'Malformed input target')).id
})

function expectClientError(answer: { status: number; text: string }, label: string) {
  expect(answer.status, `${label}: ${answer.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
  expect(answer.status, `${label}: ${answer.text.slice(0, 200)}`).toBeLessThan(500)
  expect(answer.text.length, `${label} has a message`).toBeGreaterThan(0)
}

describe('malformed ids', () => {
  it('should answer 4xx for ids that cannot exist, on every method', async () => {
    for (const id of ['abc', 'null', '1e999', '-1', '1.5', '0x10', '%00', '99999999999999999999999', 'undefined']) {
      expectClientError(await anonymous.get(`/api/articles/${id}`), `GET ${id}`)
      expectClientError(await asEditor.get(`/api/articles/${id}`), `staff GET ${id}`)
      expectClientError(await asEditor.call('PATCH', `/api/articles/${id}`, { body: { title: 'x' } }), `PATCH ${id}`)
      expectClientError(await asEditor.call('DELETE', `/api/articles/${id}`), `DELETE ${id}`)
    }
  })

  it('should answer 4xx for malformed ids in filters', async () => {
    for (const id of ['abc', 'null', '1e999']) {
      const answer = await anonymous.get(`/api/articles?where[id][equals]=${id}`)
      expect(answer.status, id).toBeLessThan(500)
    }
  })
})

describe('malformed bodies', () => {
  it('should refuse JSON bodies that are not objects, and broken JSON', async () => {
    for (const raw of ['null', '"hello"', '42', '[]', '{"title":', 'not json at all']) {
      for (const [method, path] of [
        ['POST', '/api/articles?locale=en'],
        ['PATCH', `/api/articles/${articleId}?locale=en`],
      ] as const) {
        const answer = await asEditor.call(method, path, { raw, contentType: 'application/json' })
        expectClientError(answer, `${method} ${raw}`)
      }
    }
    const unchanged = await payload.findByID({ collection: 'articles', id: articleId, locale: 'en' })
    expect(unchanged.title).toBe('Malformed input target')
  })

  it('should refuse an invalid date and a relation to nothing, writing nothing', async () => {
    const before = await payload.count({ collection: 'articles' })
    const cases: Record<string, unknown>[] = [
      { publishedAt: 'yesterday-ish' },
      { publishedAt: '2025-13-45T99:99:99Z' },
      { cover: 424242 },
      { cover: 'not-a-number' },
      { topics: [424242] },
    ]
    for (const data of cases) {
      const answer = await asEditor.call('POST', '/api/articles?locale=en', {
        body: { title: 'Half written?', summary: 's', body: paragraph('b'), _status: 'published', ...data },
      })
      expectClientError(answer, JSON.stringify(data))
    }
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before.totalDocs)
  })
})

describe('malformed GraphQL', () => {
  it('should answer 400 with a message for broken JSON and broken documents', async () => {
    for (const raw of ['{"query": ', 'null', '"{ Articles { docs { id } } }"', '{"query": 42}', '{}']) {
      expectClientError(await anonymous.call('POST', '/api/graphql', { raw, contentType: 'application/json' }), raw)
    }
    expectClientError(await anonymous.graphql('{ Articles { docs { id } '), 'unterminated document')
    expectClientError(await anonymous.graphql('{ NoSuchThing { id } }'), 'unknown field')
  })
})

describe('locales', () => {
  it('should refuse an unknown or malformed locale on REST reads and writes', async () => {
    for (const locale of ['xx', '../..', 'EN', 'en-US', '', '<script>']) {
      const encoded = encodeURIComponent(locale)
      expectClientError(await anonymous.get(`/api/articles?locale=${encoded}`), `read ${locale}`)
      expectClientError(await anonymous.get(`/api/articles/${articleId}?fallback-locale=${encoded}`), `fallback ${locale}`)
      const write = await asEditor.call('PATCH', `/api/articles/${articleId}?locale=${encoded}`, { body: { title: `Written through ${locale}` } })
      expect(write.status, `write ${locale}`).toBe(400)
      expect(errorText(write)).toMatch(/locale/i)
    }
    const english = await payload.findByID({ collection: 'articles', id: articleId, locale: 'en', draft: true })
    expect(english.title).toBe('Malformed input target')
  })

  it('should refuse an unknown locale in a JSON body', async () => {
    const answer = await asEditor.call('PATCH', `/api/articles/${articleId}`, { body: { title: 'Body locale', locale: 'xx' } })
    expect(answer.status).toBe(400)
  })

  it('should refuse an unknown locale on GraphQL', async () => {
    expectClientError(await anonymous.graphql('{ Articles(locale: xx) { docs { id } } }'), 'argument')
    const viaQuery = await anonymous.call('POST', '/api/graphql?locale=../..', { body: { query: '{ Articles { docs { id } } }' } })
    expectClientError(viaQuery, 'query string')
  })
})

describe('properties', () => {
  const answers = (status: number) => status < 500

  it('should never answer 5xx for any id, locale or query on reads', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String), fc.constantFrom('null', 'NaN', '1e999', '[]', '{}')),
        fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('en', 'zh', 'all', '*')),
        fc.dictionary(fc.constantFrom('depth', 'limit', 'page', 'sort', 'draft', 'where[title][like]', 'where[id][in]'), fc.string({ maxLength: 20 })),
        async (id, locale, query) => {
          const search = new URLSearchParams({ locale, ...query }).toString()
          const single = await anonymous.get(`/api/articles/${encodeURIComponent(id)}?${search}`)
          const list = await anonymous.get(`/api/articles?${search}`)
          return answers(single.status) && answers(list.status)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('should never answer 5xx for any JSON body, and write nothing from a refused one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom('POST', 'PATCH'), async (body, method) => {
        const path = method === 'POST' ? '/api/articles?locale=en' : `/api/articles/${articleId}?locale=en&draft=true`
        const answer = await asEditor.call(method, path, { raw: JSON.stringify(body), contentType: 'application/json' })
        return answers(answer.status)
      }),
      { numRuns: 150 },
    )
  })

  it('should never answer 5xx for any GraphQL document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom('{ Articles { docs { id } } }', 'mutation { x }')), async (query) => {
        const answer = await anonymous.graphql(query)
        return answers(answer.status)
      }),
      { numRuns: 100 },
    )
  })
})
