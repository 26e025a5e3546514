import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ImportFileError } from '../../cms/import/importFileError'
import { ImportReport } from '../../cms/import/report'
import { runImport, type ImportOptions } from '../../cms/import/runImport'
import { projectRoot } from '../../cms/paths'
import { publishSite } from '../../publishing/pipeline/publishSite'
import { Releases } from '../../publishing/releases/releases'
import { serveSite } from '../../publishing/serve/siteServer'
import { everyText } from '../helpers/builtSite'
import { usePayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

const fixtures = path.join(projectRoot, 'tests', 'fixtures', 'import')
const wpml = path.join(fixtures, 'wpml.xml')
const polylang = path.join(fixtures, 'polylang.xml')
const filesDir = path.join(fixtures, 'uploads')

const ctx = usePayload()
let payload: Payload

/** Runs the real import with a report of its own. */
async function importFile(file: string, options: Partial<ImportOptions> = {}) {
  const report = new ImportReport()
  const summary = await runImport(payload, { wxr: file, filesDir, report, ...options })
  return { summary, report }
}

/** Counts of what an import may write. */
async function written() {
  const count = async (collection: 'articles' | 'pages' | 'media' | 'topics' | 'redirects' | 'import-records') =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs
  return {
    articles: await count('articles'),
    pages: await count('pages'),
    media: await count('media'),
    topics: await count('topics'),
    redirects: await count('redirects'),
    records: await count('import-records'),
  }
}

async function itemOf(sourceId: string, system = 'wordpress:https://old.forum.example.org') {
  const { docs } = await payload.find({ collection: 'import-records', where: { and: [{ system: { equals: system } }, { sourceId: { equals: sourceId } }] }, overrideAccess: true })
  expect(docs, `a record of ${sourceId}`).toHaveLength(1)
  return { collection: docs[0].collection as 'articles' | 'pages', id: Number(docs[0].item) }
}

beforeAll(() => {
  payload = ctx().payload
})

describe('importing a WordPress export with WPML', () => {
  it('should refuse a malformed file with the line and reason, writing nothing', async () => {
    const error = await importFile(path.join(fixtures, 'malformed.xml'), { apply: true }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ImportFileError)
    expect((error as Error).message).toMatch(/malformed\.xml: line \d+, column \d+: .+/)
    expect(await written()).toEqual({ articles: 0, pages: 0, media: 0, topics: 0, redirects: 0, records: 0 })
  })

  it('should report what it would do in a dry run, and write nothing', async () => {
    const { summary, report } = await importFile(wpml)
    expect(summary.dryRun).toBe(true)
    expect(report.about('post:10')).toEqual([expect.objectContaining({ outcome: 'create', collection: 'articles', locales: ['en'] })])
    expect(report.about('post:12')).toEqual(
      expect.arrayContaining([expect.objectContaining({ outcome: 'create', locales: ['zh'], reason: 'kept as a draft' })]),
    )
    expect(report.about('post:12')).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'warning', reason: expect.stringContaining('query') })]))
    expect(report.about('post:21')).toEqual([expect.objectContaining({ outcome: 'skip', reason: 'language "pt-br" is not one of Concord\'s locales' })])
    expect(report.about('post:22')).toEqual([expect.objectContaining({ outcome: 'error', reason: 'it has no title' })])
    expect(report.about('post:23')).toEqual([expect.objectContaining({ outcome: 'skip', reason: 'not imported: status "trash"' })])
    expect(report.about('post:50')[0].reason).toMatch(/nav_menu_item/)
    expect(report.about('post:31')).toEqual([expect.objectContaining({ outcome: 'error', reason: 'its file "2018/01/lost-photo.jpg" is not in the --files folder' })])
    expect(await written()).toEqual({ articles: 0, pages: 0, media: 0, topics: 0, redirects: 0, records: 0 })
  })

  it('should put every language of a post on one item, published where it was published', async () => {
    const { report } = await importFile(wpml, { apply: true })
    expect(report.about('post:30')).toEqual([expect.objectContaining({ outcome: 'create', collection: 'media', locales: ['en'] })])
    const { id } = await itemOf('post:10')
    for (const sourceId of ['post:11', 'post:12', 'post:13']) expect((await itemOf(sourceId)).id).toBe(id)

    const working = (await payload.findByID({ collection: 'articles', id, locale: 'all', draft: true, overrideAccess: true })) as unknown as {
      title: Record<string, string>
      topics: unknown[]
      cover: unknown
    }
    expect(working.title).toMatchObject({ en: 'Prosecutors meet in Vienna', fr: 'Les procureurs réunis à Vienne', zh: '检察官在维也纳会面', ar: 'اجتماع المدعين العامين في فيينا' })
    expect(working.topics).toHaveLength(2)
    expect(working.cover).toBeTruthy()

    const { docs: publications } = await payload.find({
      collection: 'locale-publications',
      where: { and: [{ collection: { equals: 'articles' } }, { documentId: { equals: String(id) } }] },
      overrideAccess: true,
    })
    expect(publications.map((publication) => publication.locale).sort()).toEqual(['ar', 'en', 'fr'])
    // The Chinese draft is not public: an anonymous read in Chinese falls back to English.
    const publicZh = await payload.findByID({ collection: 'articles', id, locale: 'zh', fallbackLocale: false, overrideAccess: false })
    expect(publicZh.title ?? null).toBeNull()

    const redirects = await payload.find({
      collection: 'redirects',
      where: { and: [{ collection: { equals: 'articles' } }, { item: { equals: String(id) } }] },
      overrideAccess: true,
    })
    expect(redirects.docs.map((redirect) => [redirect.locale, redirect.fromPath]).sort()).toEqual([
      ['ar', '/ar/2019/05/اجتماع-فيينا/'],
      ['en', '/2019/05/prosecutors-meet-in-vienna/'],
      ['fr', '/fr/2019/05/procureurs-reunis-a-vienne/'],
    ])
    expect(report.counts.error).toBe(3)
  })

  it('should convert the post HTML to rich text with its image, list, quote and links', async () => {
    const { id } = await itemOf('post:10')
    const doc = await payload.findByID({ collection: 'articles', id, locale: 'en', draft: true, depth: 0, overrideAccess: true })
    const body = JSON.stringify(doc.body)
    expect(body).toContain('"type":"upload"')
    expect(body).toContain('"type":"list"')
    expect(body).toContain('"type":"quote"')
    // A link to the old site becomes a path that the imported redirects answer; others stay as they were.
    expect(body).toContain('"url":"/2019/04/preparatory-meeting/"')
    expect(body).toContain('"url":"https://treaties.example.int/mla"')
    expect(body).toContain('"url":"https://video.example.com/watch?v=vienna2019"')
    expect(doc.summary).toBe('Twelve countries agree on faster asset recovery.')
    expect(doc.source).toBe('Press Office')
  })

  it('should sanitize hostile HTML and give a duplicate slug a free one', async () => {
    const { id } = await itemOf('post:20')
    const doc = await payload.findByID({ collection: 'articles', id, locale: 'en', draft: true, overrideAccess: true })
    expect(JSON.stringify(doc)).not.toMatch(/HOSTILE|javascript|onclick|onerror/i)
    expect(JSON.stringify(doc.body)).toContain('Safe text stays.')
    expect(doc.slug).toBe('prosecutors-meet-in-vienna-2')
  })

  it('should report each bad entry with its source id and import the rest', async () => {
    const { report } = await importFile(wpml, { apply: true })
    expect(report.about('post:31')).toEqual([expect.objectContaining({ outcome: 'error', reason: expect.stringContaining('2018/01/lost-photo.jpg') })])
    expect(report.about('post:32')).toEqual([expect.objectContaining({ outcome: 'error' })])
    expect(report.about('post:20')).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'unchanged' })]))
    expect(report.about('post:10')).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'unchanged' })]))
    const pages = await payload.find({ collection: 'pages', overrideAccess: true, locale: 'all', draft: true })
    expect(pages.docs).toHaveLength(1)
    expect((pages.docs[0].title as unknown as Record<string, string>)).toMatchObject({ en: 'About the forum', fr: 'À propos du forum' })
  })

  it('should keep the source ids from anonymous readers and translators', async () => {
    // Refused (403) or nothing: either way no record leaves.
    const readable = (user?: Awaited<ReturnType<typeof createUser>>) =>
      payload.find({ collection: 'import-records', overrideAccess: false, ...(user ? { user } : {}) }).then(
        (result) => result.docs,
        (error: { status?: number }) => (error.status === 403 ? [] : Promise.reject(error)),
      )
    expect(await readable()).toEqual([])
    // The editor first: the first account of an empty system becomes an admin.
    expect((await readable(await createUser(payload, 'editor'))).length).toBeGreaterThan(0)
    expect(await readable(await createUser(payload, 'translator'))).toEqual([])
    const { id } = await itemOf('post:10')
    const publicArticle = await payload.findByID({ collection: 'articles', id, overrideAccess: false, locale: 'en' })
    expect(JSON.stringify(publicArticle)).not.toContain('post:10')
  })

  it('should duplicate nothing when run again', async () => {
    const before = await written()
    const { summary } = await importFile(wpml, { apply: true })
    expect(summary.counts.create).toBe(0)
    expect(summary.counts.update).toBe(0)
    expect(await written()).toEqual(before)
  })
})

describe('importing a WordPress export with Polylang', () => {
  it('should group translations by post_translations and topics by term_translations', async () => {
    const { report } = await importFile(polylang, { apply: true })
    const system = 'wordpress:https://secretariat.example.net'
    const { id } = await itemOf('post:60', system)
    expect((await itemOf('post:61', system)).id).toBe(id)
    expect((await itemOf('post:62', system)).id).toBe(id)
    expect((await itemOf('post:63', system)).id).not.toBe(id)
    const doc = (await payload.findByID({ collection: 'articles', id, locale: 'all', draft: true, depth: 1, overrideAccess: true })) as unknown as {
      title: Record<string, string>
      topics: { name: Record<string, string> }[]
      body: Record<string, unknown>
    }
    expect(doc.title).toMatchObject({ en: 'Training for investigators', fr: 'Formation des enquêteurs', ru: 'Обучение следователей' })
    expect(doc.topics).toHaveLength(1)
    const topic = await payload.findByID({ collection: 'topics', id: (doc.topics[0] as unknown as { id: number }).id, locale: 'all', overrideAccess: true })
    expect(topic.name).toMatchObject({ en: 'Training', fr: 'Formation' })
    expect(JSON.stringify(doc.body)).toContain('"type":"upload"')
    const { docs } = await payload.find({
      collection: 'locale-publications',
      where: { and: [{ collection: { equals: 'articles' } }, { documentId: { equals: String(id) } }] },
      overrideAccess: true,
    })
    expect(docs.map((publication) => publication.locale).sort()).toEqual(['en', 'fr'])
    expect(report.about('post:63')).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'warning', reason: expect.stringContaining('"training-for-investigators-2" used') })]))
  })
})

describe('the imported archive on the site', () => {
  let site: Awaited<ReturnType<typeof serveSite>>
  beforeAll(async () => {
    const root = path.join(ctx().dataDir, 'site')
    const result = await publishSite(payload, { trigger: 'import test', root })
    expect(result.error ?? result.status).toBe('live')
    site = await serveSite(() => new Releases(root).currentLink)
  }, 300_000)
  afterAll(() => site?.close())

  const follow = async (oldPath: string) => {
    const first = await fetch(`${site.url}${oldPath}`, { redirect: 'manual' })
    expect(first.status, oldPath).toBe(301)
    const location = first.headers.get('location')!
    const page = await fetch(`${site.url}${location}`)
    return { location, status: page.status, html: await page.text() }
  }

  it('should answer every old address with the new page in the same language', async () => {
    const english = await follow('/2019/05/prosecutors-meet-in-vienna/')
    expect(english.location).toBe('/en/news/prosecutors-meet-in-vienna/')
    expect(english.status).toBe(200)
    expect(english.html).toContain('<html lang="en"')
    expect(english.html).toContain('Prosecutors meet in Vienna')

    const french = await follow('/fr/2019/05/procureurs-reunis-a-vienne/')
    expect(french.location).toBe('/fr/news/procureurs-reunis-a-vienne/')
    expect(french.html).toContain('Les procureurs réunis à Vienne')

    const arabic = await follow(encodeURI('/ar/2019/05/اجتماع-فيينا/'))
    expect(arabic.location.startsWith('/ar/news/')).toBe(true)
    expect(arabic.status).toBe(200)
    expect(arabic.html).toContain('اجتماع المدعين العامين في فيينا')

    const page = await follow('/about-the-forum/')
    expect(page.location).toBe('/en/about-the-forum/')
    expect(page.html).toContain('About the forum')
    // The French page's old address is its new one: no redirect is needed, the page answers there.
    const samePlace = await fetch(`${site.url}/fr/a-propos-du-forum/`, { redirect: 'manual' })
    expect(samePlace.status).toBe(200)
    expect(await samePlace.text()).toContain('À propos du forum')
  })

  it('should keep drafts and hostile text off the site, and write the redirects for nginx and Caddy', async () => {
    const everything = await (await fetch(`${site.url}/zh/news/`)).text()
    expect(everything).not.toContain('ZHDRAFTMARKER')
    const hostile = await fetch(`${site.url}/en/news/prosecutors-meet-in-vienna-2/`)
    expect(await hostile.text()).not.toMatch(/HOSTILE/)
    const nginx = await (await fetch(`${site.url}/redirects.nginx.conf`)).text()
    expect(nginx).toContain('location = "/ar/2019/05/اجتماع-فيينا/" { return 301 "/ar/news/')
    // Nothing of the old system's bookkeeping reaches the release.
    expect(everyText(new Releases(path.join(ctx().dataDir, 'site')).currentLink)).not.toContain('wordpress:https://old.forum.example.org')
    const caddy = await (await fetch(`${site.url}/redirects.caddy`)).text()
    expect(caddy).toContain('redir "/2019/05/prosecutors-meet-in-vienna/" "/en/news/prosecutors-meet-in-vienna/" permanent')
  })
})
