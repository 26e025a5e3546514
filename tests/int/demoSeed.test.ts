import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../cms/paths'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { usePayload } from '../helpers/payload'

const ctx = usePayload()
let payload: Payload
beforeAll(() => {
  payload = ctx().payload
})

describe('the demo corpus import', () => {
  it('should fill every collection, publicly readable in every locale', async () => {
    const corpus = loadCorpus(path.join(projectRoot, 'content'))
    await importCorpus(payload, corpus)
    for (const collection of ['articles', 'videos', 'case-highlights', 'events', 'documents', 'partners', 'pages'] as const) {
      const expected = corpus.items.filter((item) => item.collection === collection).length
      const { totalDocs } = await payload.count({ collection, overrideAccess: false })
      expect(totalDocs, collection).toBe(expected)
    }
    const arabic = await payload.find({ collection: 'videos', locale: 'ar', overrideAccess: false, depth: 1 })
    const captions = arabic.docs.map((video) => video.captions as { mimeType?: string } | null)
    expect(captions.some((file) => file?.mimeType === 'text/vtt')).toBe(true)
    const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'digital-evidence-guidelines' } } })
    const thai = await payload.findByID({ collection: 'articles', id: docs[0].id, locale: 'th', fallbackLocale: false })
    expect(thai.title ?? null).toBeNull()
  })
})
