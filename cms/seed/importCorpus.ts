import path from 'node:path'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Field,
  type Payload,
  type PayloadRequest,
  type RequiredDataFromCollectionSlug,
} from 'payload'

import { collectionConfig } from '../collections'
import { fieldValues } from '../fields/fieldValues'
import { collectionSlugs } from '../collectionSlugs'
import { namedFields, type NamedField } from '../fields/namedFields'
import { defaultLocale, localeCodes, type LocaleCode } from '../locales'
import { CorpusError, type Corpus, type CorpusItem } from './corpus'
import { validateCorpus } from './validateCorpus'

export interface SeedReport {
  created: number
  updated: number
}

type Ids = Map<string, Map<string, number | string>>

/** Tells hooks (publishing, notifications) that a seed is writing, so they can stay quiet. */
export const seedContext = { seeding: true }

/**
 * Imports a validated corpus in one transaction. Existing items (matched by English slug, country code or file
 * name) are updated in place, so running it again never duplicates anything. Throws `CorpusError` listing every
 * problem before anything is written.
 */
export async function importCorpus(
  payload: Payload,
  corpus: Corpus,
  log: (line: string) => void = () => {},
): Promise<SeedReport> {
  const problems = validateCorpus(corpus)
  if (problems.length > 0) throw new CorpusError(problems)

  const req = await createLocalReq({ context: seedContext }, payload)
  await initTransaction(req)
  try {
    const report = await writeCorpus(new Writer(payload, req, corpus), corpus, log)
    await commitTransaction(req)
    return report
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function writeCorpus(writer: Writer, corpus: Corpus, log: (line: string) => void): Promise<SeedReport> {
  const step = async (label: string, work: () => Promise<void>) => {
    const before = writer.report.created + writer.report.updated
    const started = Date.now()
    await work()
    log(`${label}: ${writer.report.created + writer.report.updated - before} written in ${Date.now() - started} ms`)
  }
  await step('countries', async () => {
    for (const code of corpus.countries) await writer.upsertCountry(code)
  })
  await step('topics', async () => {
    for (const topic of corpus.topics) await writer.upsertItem(topic)
  })
  await step('images', async () => {
    for (const image of corpus.media) await writer.upsertImage(image)
  })
  // Related items may point forwards, so they are linked in a second pass once every item has an id.
  const byCollection = Map.groupBy(corpus.items, (item) => item.collection)
  for (const [collection, items] of byCollection) {
    await step(collection, async () => {
      for (const item of items) await writer.upsertItem(item)
    })
  }
  const withRelated = corpus.items.filter((item) => item.data.related)
  for (const item of withRelated) await writer.linkRelated(item)
  log(`related items: ${withRelated.length} linked`)
  return writer.report
}

class Writer {
  readonly report: SeedReport = { created: 0, updated: 0 }
  private readonly ids: Ids = new Map()
  private editorConfig?: Awaited<ReturnType<typeof editorConfigFactory.default>>

  constructor(
    private readonly payload: Payload,
    private readonly req: PayloadRequest,
    private readonly corpus: Corpus,
  ) {}

  private remember(collection: string, key: string, id: number | string) {
    const map = this.ids.get(collection) ?? new Map()
    map.set(key, id)
    this.ids.set(collection, map)
  }

  private idOf(collection: string, key: string): number | string {
    const id = this.ids.get(collection)?.get(key)
    if (id === undefined) throw new Error(`Seed: ${collection} "${key}" was not written before it was referenced`)
    return id
  }

  private async findOne(collection: CollectionSlug, field: string, value: string) {
    const { docs } = await this.payload.find({
      collection,
      where: { [field]: { equals: value } },
      locale: defaultLocale,
      draft: true,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req: this.req,
    })
    return docs.at(0)
  }

  async upsertCountry(code: string) {
    const existing = await this.findOne(collectionSlugs.countries, 'code', code)
    const id =
      existing?.id ??
      (await this.payload.create({ collection: collectionSlugs.countries, data: { code }, req: this.req })).id
    if (existing) this.report.updated++
    else this.report.created++
    this.remember(collectionSlugs.countries, code, id)
  }

  async upsertImage(image: CorpusItem) {
    const existing = await this.findOne(collectionSlugs.media, 'filename', image.key)
    const fields = collectionConfig(collectionSlugs.media).fields
    let id = existing?.id
    for (const locale of localesOf(image.data, 'alt')) {
      const data = await this.toPayloadData(fields, image.data, locale, undefined)
      if (id === undefined) {
        const created = await this.payload.create({
          collection: collectionSlugs.media,
          data: corpusData(collectionSlugs.media, data),
          filePath: path.join(this.corpus.root, 'media', image.key),
          // A file left on disk by a rolled-back run must not push this one to a renamed `name-1.png`.
          overwriteExistingFiles: true,
          locale,
          req: this.req,
        })
        id = created.id
      } else {
        await this.payload.update({ collection: collectionSlugs.media, id, data, locale, req: this.req })
      }
    }
    if (existing) this.report.updated++
    else this.report.created++
    this.remember(collectionSlugs.media, image.key, id!)
  }

  private async fileId(name: string): Promise<number | string> {
    const known = this.ids.get(collectionSlugs.files)?.get(name)
    if (known !== undefined) return known
    const existing = await this.findOne(collectionSlugs.files, 'filename', name)
    const id =
      existing?.id ??
      (
        await this.payload.create({
          collection: collectionSlugs.files,
          data: {},
          filePath: path.join(this.corpus.root, 'files', name),
          overwriteExistingFiles: true,
          req: this.req,
        })
      ).id
    this.remember(collectionSlugs.files, name, id)
    return id
  }

  async upsertItem(item: CorpusItem) {
    const collection = item.collection
    const fields = collectionConfig(collection).fields
    const hasDrafts = Boolean(collectionConfig(collection).versions)
    const titleField = 'title' in item.data ? 'title' : 'name'
    const { related: _linkedLater, ...fieldsData } = item.data
    const data = { ...fieldsData, slug: { ...(item.data.slug as object), [defaultLocale]: item.key } }

    const existing = await this.findOne(collection, 'slug', item.key)
    let id: number | string | undefined = existing?.id
    let rows: Record<string, unknown> | undefined
    for (const locale of localesOf(item.data, titleField)) {
      const payloadData = {
        ...(await this.toPayloadData(fields, data, locale, rows)),
        ...(hasDrafts ? { _status: 'published' as const } : {}),
      }
      if (id === undefined) {
        id = (await this.payload.create({ collection, data: corpusData(collection, payloadData), locale, req: this.req })).id
      } else {
        await this.payload.update({ collection, id, data: payloadData, locale, req: this.req })
      }
      // Rows of shared arrays and blocks keep their ids, so each locale's text lands in the same row.
      rows ??= fieldValues(
        await this.payload.findByID({
          collection,
          id,
          depth: 0,
          draft: true,
          locale: defaultLocale,
          req: this.req,
        }),
      )
    }
    if (existing) this.report.updated++
    else this.report.created++
    this.remember(collection, item.key, id!)
  }

  async linkRelated(item: CorpusItem) {
    const related = (item.data.related as string[]).map((reference) => {
      const [collection, key] = reference.split('/')
      return { relationTo: collection, value: this.idOf(collection, key) }
    })
    const hasDrafts = Boolean(collectionConfig(item.collection).versions)
    // Built from the corpus at run time (validateCorpus checked the references), as the other corpus data is.
    const data: Record<string, unknown> = { related, ...(hasDrafts ? { _status: 'published' } : {}) }
    await this.payload.update({
      collection: item.collection,
      id: this.idOf(item.collection, item.key),
      data,
      locale: defaultLocale,
      req: this.req,
    })
  }

  /** The corpus values of one locale in the shape Payload expects: ids for keys, Lexical JSON for Markdown. */
  private async toPayloadData(
    fields: Field[],
    data: Record<string, unknown>,
    locale: LocaleCode,
    existing: unknown,
  ): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {}
    const before = existing && typeof existing === 'object' ? fieldValues(existing) : undefined
    for (const field of namedFields(fields)) {
      let value = data[field.name]
      if (value === undefined || value === null) continue
      if ('localized' in field && field.localized) {
        value = (value as Record<string, unknown>)[locale]
        if (value === undefined) continue
      }
      result[field.name] = await this.convert(field, value, locale, before?.[field.name])
    }
    return result
  }

  private async convert(field: NamedField, value: unknown, locale: LocaleCode, existing: unknown): Promise<unknown> {
    switch (field.type) {
      case 'richText':
        this.editorConfig ??= await editorConfigFactory.default({ config: this.payload.config })
        return convertMarkdownToLexical({ editorConfig: this.editorConfig, markdown: value as string })
      case 'relationship':
      case 'upload': {
        const toId = async (key: string) =>
          field.relationTo === collectionSlugs.files ? this.fileId(key) : this.idOf(field.relationTo as string, key)
        return field.hasMany ? Promise.all((value as string[]).map(toId)) : toId(value as string)
      }
      case 'group':
        return this.toPayloadData(field.fields, value as Record<string, unknown>, locale, existing)
      case 'array':
      case 'blocks': {
        const existingRows = (existing as { id?: string }[] | undefined) ?? []
        return Promise.all(
          (value as Record<string, unknown>[]).map(async (row, index) => {
            const rowFields =
              field.type === 'blocks' ? field.blocks.find((block) => block.slug === row.blockType)!.fields : field.fields
            return {
              ...(field.type === 'blocks' ? { blockType: row.blockType } : {}),
              ...(existingRows[index]?.id ? { id: existingRows[index].id } : {}),
              ...(await this.toPayloadData(rowFields, row, locale, existingRows[index])),
            }
          }),
        )
      }
      default:
        return value
    }
  }
}

/**
 * Corpus data for Payload's typed `create`: built at run time from the collection's fields and checked against them by
 * `validateCorpus`, so its shape is known to the seed, not to the compiler.
 */
function corpusData<T extends CollectionSlug>(_collection: T, data: Record<string, unknown>): RequiredDataFromCollectionSlug<T> {
  return data as RequiredDataFromCollectionSlug<T>
}

/** The locales an item is written in: those its main localized field has, default first. */
function localesOf(data: Record<string, unknown>, mainField: string): LocaleCode[] {
  const translations = (data[mainField] ?? {}) as Record<string, unknown>
  return localeCodes.filter((code) => translations[code] !== undefined)
}
