import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ImportFileError } from '../../cms/import/importFileError'
import { ImportReport } from '../../cms/import/report'
import { runImport } from '../../cms/import/runImport'
import { projectRoot } from '../../cms/paths'
import { usePayload } from '../helpers/payload'

const fixtures = path.join(projectRoot, 'tests', 'fixtures', 'import')
const feeds = [
  { locale: 'en' as const, file: path.join(fixtures, 'news-en.atom') },
  { locale: 'fr' as const, file: path.join(fixtures, 'news-fr.rss') },
]
const feedMapping = path.join(fixtures, 'news-mapping.json')

const ctx = usePayload()
let payload: Payload
beforeAll(() => {
  payload = ctx().payload
})

async function importFeeds(apply: boolean) {
  const report = new ImportReport()
  const summary = await runImport(payload, { feeds, feedMapping, apply, report })
  return { summary, report }
}

describe('importing RSS and Atom feeds', () => {
  it('should refuse a file that is not a feed, writing nothing', async () => {
    const error = await runImport(payload, { feeds: [{ locale: 'en', file: path.join(fixtures, 'news-mapping.json') }], apply: true }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ImportFileError)
    expect((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('should write nothing in a dry run', async () => {
    const { report } = await importFeeds(false)
    expect(report.about('item:tag:agency.example.com,2022:news/41')).toEqual([expect.objectContaining({ outcome: 'create', locales: ['en'] })])
    expect(report.about('item:tag:agency.example.com,2022:news/42')).toEqual([expect.objectContaining({ outcome: 'error', reason: 'it has no title' })])
    expect((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('should make one article of the items the mapping joins, each in its feed language, sanitized', async () => {
    await importFeeds(true)
    const { docs } = await payload.find({ collection: 'articles', locale: 'all', draft: true, overrideAccess: true, sort: 'createdAt' })
    expect(docs).toHaveLength(2)
    const joined = docs[0] as unknown as { title: Record<string, string>; body: unknown; id: number }
    expect(joined.title).toMatchObject({ en: 'Joint patrols begin', fr: 'Début des patrouilles conjointes' })
    expect(JSON.stringify(joined.body)).toContain('FEEDFRMARKER')
    expect(JSON.stringify(docs)).not.toContain('FEEDHOSTILE')
    const { docs: redirects } = await payload.find({ collection: 'redirects', where: { item: { equals: String(joined.id) } }, overrideAccess: true })
    expect(redirects.map((redirect) => [redirect.locale, redirect.fromPath]).sort()).toEqual([
      ['en', '/news/joint-patrols-begin/'],
      ['fr', '/fr/actualites/debut-des-patrouilles/'],
    ])
  })

  it('should duplicate nothing when run again', async () => {
    const { summary } = await importFeeds(true)
    expect(summary.counts.create).toBe(0)
    expect(summary.counts.unchanged).toBe(3)
    expect((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(2)
  })
})
