import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createInLocales, type LocaleContent } from '../../cms/translation/createInLocales'
import { seedContext } from '../../cms/seed/importCorpus'
import { usePayload } from '../helpers/payload'
import { para, richText, text } from '../helpers/richText'

const ctx = usePayload()
let payload: Payload
let shared: Record<string, unknown>
beforeAll(async () => {
  payload = ctx().payload
  const topic = await payload.create({ collection: 'topics', data: { name: 'Extradition' }, locale: 'en' })
  const country = await payload.create({ collection: 'countries', data: { code: 'la' } })
  shared = { publishedAt: '2024-03-05T08:00:00.000Z', topics: [topic.id], countries: [country.id] }
})

const content = (title: string, words: string) => ({ title, summary: `${title}: ${words}`, body: richText(para(text(words))), source: 'Secretariat' })
/** Published in three locales, a draft in a fourth, as an import of one translated post would bring it. */
const locales: LocaleContent[] = [
  { locale: 'en', data: content('Joint investigation teams meet', 'The teams met in Vientiane.'), publish: true },
  { locale: 'zh', data: content('联合调查组会晤', '调查组在万象会晤。'), publish: true },
  { locale: 'fr', data: content('Réunion des équipes communes', 'Les équipes se sont réunies à Vientiane.'), publish: true },
  { locale: 'ar', data: content('اجتماع فرق التحقيق المشتركة', 'اجتمعت الفرق في فيينتيان.'), publish: false },
]

/** Writes the item the way an editor's saves would: created in the first locale, then one save per locale. */
async function savedPerLocale(locales: LocaleContent[]): Promise<number | string> {
  return inImport(async (req) => {
    let id: number | string | undefined
    for (const { locale, data, publish } of locales) {
      const values = { ...(id === undefined ? shared : {}), ...data, _status: publish ? 'published' : 'draft' }
      if (id === undefined) id = (await payload.create({ collection: 'articles', data: values as never, locale, draft: !publish, depth: 0, req })).id
      else await payload.update({ collection: 'articles', id, data: values as never, locale, draft: !publish, depth: 0, req })
    }
    return id!
  })
}

async function inImport<T>(work: (req: Awaited<ReturnType<typeof createLocalReq>>) => Promise<T>): Promise<T> {
  const req = await createLocalReq({ context: { ...seedContext } }, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Everything stored for an item that a reader, an editor or the workflow sees, without ids and times. */
async function storedRows(id: number | string) {
  const db = payload.db
  const main = await db.findOne({ collection: 'articles', where: { id: { equals: id } }, locale: 'all' })
  const { docs: versions } = await db.findVersions({ collection: 'articles', where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] }, locale: 'all', limit: 0, pagination: false })
  const itemRows = async (collection: 'translations' | 'locale-publications') =>
    (await db.find({ collection, where: { and: [{ collection: { equals: 'articles' } }, { documentId: { equals: String(id) } }] }, limit: 0, pagination: false })).docs
      .map((row) => withoutStamps(row, ['publishedAt']))
      .sort((a, b) => String(a.locale).localeCompare(String(b.locale)))
  return {
    main: withoutStamps(main),
    latestVersion: versions.map((version) => withoutStamps(version)),
    workingCopy: withoutStamps(await payload.findByID({ collection: 'articles', id, draft: true, locale: 'all', depth: 0 })),
    translations: await itemRows('translations'),
    publications: await itemRows('locale-publications'),
  }
}

function withoutStamps(value: unknown, topLevel: string[] = []): Record<string, unknown> {
  const ignored = new Set(['id', 'createdAt', 'updatedAt', 'documentId', 'parent', ...topLevel])
  const strip = (one: unknown, depth: number): unknown => {
    if (Array.isArray(one)) return one.map((item) => strip(item, depth + 1))
    if (!one || typeof one !== 'object') return one
    return Object.fromEntries(
      Object.entries(one)
        .filter(([key]) => !(['id', 'createdAt', 'updatedAt', 'documentId', 'parent'].includes(key) || (depth === 0 && ignored.has(key))))
        .map(([key, inner]) => [key, strip(inner, depth + 1)]),
    )
  }
  return strip(value, 0) as Record<string, unknown>
}

describe('creating an item in several locales at once', () => {
  const [en, zh, fr, ar] = locales
  it.each([
    { name: 'published in three locales, then a draft', order: [en, zh, fr, ar], published: ['en', 'fr', 'zh'] },
    { name: 'a draft between two publications', order: [en, ar, fr], published: ['en', 'fr'] },
    { name: 'a translation before its source', order: [fr, en], published: ['en', 'fr'] },
    { name: 'drafts only', order: [en, zh].map((one) => ({ ...one, publish: false })), published: [] },
  ])('should leave the same rows as one save per locale ($name): document, latest version, working copy, translation states, publications', async ({ order, published }) => {
    const perLocale = await savedPerLocale(order)
    const expected = await storedRows(perLocale)
    await payload.delete({ collection: 'articles', id: perLocale })

    const id = await inImport((req) => createInLocales(payload, req, { collection: 'articles', shared, locales: order }))
    const actual = await storedRows(id)

    expect(expected.publications.map((row) => row.locale)).toEqual(published)
    expect(expected.translations).toHaveLength(11)
    expect(actual).toEqual(expected)
    await payload.delete({ collection: 'articles', id })
  })

  it('should keep the draft locale off the public API and give the published ones', async () => {
    const id = await inImport((req) =>
      createInLocales(payload, req, { collection: 'articles', shared, locales: locales.map((one) => ({ ...one, data: { ...one.data, title: `${one.data.title} 2` } })) }),
    )
    const read = (locale: string) => payload.findByID({ collection: 'articles', id, locale: locale as 'en', fallbackLocale: false, overrideAccess: false, depth: 0 })
    expect((await read('fr')).title).toBe('Réunion des équipes communes 2')
    expect((await read('ar')).title ?? null).toBeNull()
  })

  it('should refuse an invalid locale and write nothing of the item', async () => {
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    const states = (await payload.db.find({ collection: 'translations', limit: 0, pagination: false })).docs.length
    const invalid = locales.map((one) => (one.locale === 'fr' ? { ...one, data: { ...one.data, title: 'x'.repeat(5_000) } } : one))
    await expect(inImport((req) => createInLocales(payload, req, { collection: 'articles', shared, locales: invalid }))).rejects.toThrow(/title/i)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
    expect((await payload.db.find({ collection: 'translations', limit: 0, pagination: false })).docs).toHaveLength(states)
  })
})
