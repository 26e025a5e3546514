/**
 * Bounded reads: an anonymous reader cannot ask for unbounded pages, deep relation trees or a GraphQL document that
 * repeats one list a hundred times. The limits are in cms/boundary/limits.ts (and the README).
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { readLimits, graphqlLimits } from '../../cms/boundary/limits'
import { type ApiClient, errorText } from '../helpers/apiClient'
import { signedInAs, useApiPortal } from '../helpers/apiPortal'
import { paragraph } from '../helpers/richText'

const portal = useApiPortal()
let payload: Payload
let anonymous: ApiClient
let asEditor: ApiClient

beforeAll(async () => {
  ;({ payload, anonymous } = portal())
  asEditor = (await signedInAs(portal(), 'editor')).client
  // More topics than a public page may hold, and a chain of related articles deeper than the public depth.
  for (let index = 0; index < readLimits.public.maxLimit + 20; index++) {
    await payload.create({ collection: 'topics', locale: 'en', data: { name: `Topic ${index}` }, context: { skipSiteBuild: true } })
  }
  let previous: number | undefined
  for (let index = 0; index < 6; index++) {
    const article: { id: number } = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: `Chain ${index}`,
        summary: 's',
        body: paragraph('b'),
        _status: 'published',
        ...(previous ? { related: [{ relationTo: 'articles' as const, value: previous }] } : {}),
      },
      context: { skipSiteBuild: true },
    })
    previous = article.id
  }
})

describe('page size', () => {
  it('should give anonymous readers at most the public page, whatever limit they ask for', async () => {
    for (const limit of ['100000', '0', String(readLimits.public.maxLimit + 1)]) {
      const answer = await anonymous.get(`/api/topics?limit=${limit}&depth=0`)
      expect(answer.status, limit).toBe(200)
      expect(answer.json.docs.length, limit).toBeLessThanOrEqual(readLimits.public.maxLimit)
      expect(answer.json.limit, limit).toBe(readLimits.public.maxLimit)
    }
    const unpaginated = await anonymous.get('/api/topics?pagination=false&depth=0')
    expect(unpaginated.json.docs.length).toBeLessThanOrEqual(readLimits.public.maxLimit)
  })

  it('should refuse limits, pages and depths that are not whole numbers', async () => {
    for (const query of ['limit=-1', 'limit=abc', 'page=-2', 'depth=1e3', 'depth=-1']) {
      const answer = await anonymous.get(`/api/topics?${query}`)
      expect(answer.status, query).toBe(400)
      expect(errorText(answer), query).toMatch(/whole number/)
    }
  })

  it('should let staff ask for more, up to the staff page', async () => {
    const answer = await asEditor.get('/api/topics?limit=100000&depth=0')
    expect(answer.json.docs.length).toBe(readLimits.public.maxLimit + 20)
    expect(answer.json.limit).toBe(readLimits.staff.maxLimit)
  })
})

describe('relation depth', () => {
  it('should populate no deeper than the public depth for anonymous readers', async () => {
    const answer = await anonymous.get('/api/articles?where[title][equals]=Chain 5&depth=10&locale=en')
    let node = answer.json.docs[0]
    let populated = 0
    while (node?.related?.[0] && typeof node.related[0].value === 'object') {
      populated++
      node = node.related[0].value
    }
    expect(populated).toBe(readLimits.public.maxDepth)
  })
})

describe('GraphQL', () => {
  it('should refuse a document with more aliases than the limit', async () => {
    const aliases = Array.from({ length: 100 }, (_, index) => `a${index}: Topics(limit: 100) { docs { name } }`).join('\n')
    const answer = await anonymous.graphql(`{ ${aliases} }`)
    expect(answer.status, answer.text.slice(0, 300)).toBe(400)
    expect(errorText(answer)).toMatch(/alias/i)
  })

  it('should answer a document within the limits, with lists no longer than the public page', async () => {
    const aliases = Array.from({ length: graphqlLimits.maxAliases }, (_, index) => `a${index}: Topics(limit: 1000) { docs { name } }`).join('\n')
    const answer = await anonymous.graphql(`{ ${aliases} }`)
    expect(answer.status).toBe(200)
    expect(answer.json.data.a0.docs.length).toBeLessThanOrEqual(readLimits.public.maxLimit)
  })
})
