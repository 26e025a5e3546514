/**
 * Writes the synthetic corpus through Payload, the way an import does: countries, topics and images first through the
 * Local API, then each article published in every locale at once by `createInLocales` (the same validation and hooks
 * as one save per locale, one write), in transactions of a batch of articles each. Hooks are told it is a seed, so no
 * site build is queued per write.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { refreshPlannerStatistics } from '../../cms/database'
import { collectionSlugs } from '../../cms/collectionSlugs'
import { seedContext } from '../../cms/seed/importCorpus'
import { createInLocales } from '../../cms/translation/createInLocales'
import { readTaxonomy, writeTaxonomy, type Taxonomy } from './benchState'
import { articleSpec, benchImageCount, corpusVersion, type ArticleSpec, type BenchSize } from './corpus'
import { generateImages } from './images'
import { benchCountries, benchLocales, benchTopics } from './lexicon'
import { lexicalBody } from './richText'

/** Articles per transaction: big enough to amortise the commit, small enough that an interruption loses little. */
const batchSize = 25
export const benchEditorEmail = 'bench-editor@concord.localhost'
/** Marks the line on which an ingest chunk process reports its figures. */
export const ingestChunkResultPrefix = 'BENCH_INGEST_CHUNK '

export interface IngestChunk {
  /** The first article this call wrote (earlier ones were already in the database). */
  first: number
  articles: number
  seconds: number
  taxonomySeconds: number
}

/**
 * Writes up to `limit` more articles of the corpus (continuing after those already in the database) and the
 * taxonomy first if it is missing. Returns what this call wrote and how long the articles took.
 */
export async function ingestArticles(
  payload: Payload,
  options: { benchDir: string; size: BenchSize; total: number; limit?: number; log: (line: string) => void },
): Promise<IngestChunk> {
  const { benchDir, size, total, log } = options
  const taxonomy = readTaxonomy(benchDir) ?? (await writeTaxonomyOnce(payload, benchDir, size, log))
  const already = (await payload.count({ collection: collectionSlugs.articles, overrideAccess: true })).totalDocs
  const end = Math.min(total, already + (options.limit ?? total))

  if (already > 0) await refreshPlannerStatistics(payload)
  const started = performance.now()
  let lastLog = started
  for (let first = already + 1; first <= end; first += batchSize) {
    const last = Math.min(end, first + batchSize - 1)
    await inTransaction(payload, async (req) => {
      for (let number = first; number <= last; number++) await writeArticle(payload, req, articleSpec(number, total), taxonomy)
    })
    // SQLite plans from table statistics; without them it looks up a document's latest version through the
    // `latest` index (every document's latest version) instead of `parent_id`, so each save slows down with the
    // number of documents. Statistics taken once there are rows fix the plan; refreshed now and then as they grow.
    if ((already === 0 && first === 1) || (last - already) % 2_000 < batchSize) await refreshPlannerStatistics(payload)
    const now = performance.now()
    if (now - lastLog > 10_000 || last === end) {
      log(`  ${last} / ${total} articles, ${((last - already) / ((now - started) / 1000)).toFixed(1)} articles/s`)
      lastLog = now
    }
  }
  return { first: already + 1, articles: end - already, seconds: (performance.now() - started) / 1000, taxonomySeconds: taxonomy.seconds }
}


async function inTransaction(payload: Payload, work: (req: PayloadRequest) => Promise<void>) {
  const req = await createLocalReq({ context: { ...seedContext } }, payload)
  await initTransaction(req)
  try {
    await work(req)
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** One article, published in every locale of the corpus (English first, as its source). */
async function writeArticle(payload: Payload, req: PayloadRequest, spec: ArticleSpec, taxonomy: Taxonomy) {
  const shared = {
    publishedAt: spec.publishedAt,
    topics: spec.topics.map((index) => taxonomy.topicIds[index]),
    countries: spec.countries.map((code) => taxonomy.countryIds[code]),
    ...(spec.cover === null ? {} : { cover: taxonomy.imageIds[spec.cover] }),
  }
  const locales = benchLocales.map((locale) => {
    const text = spec.text[locale]
    const data = { title: text.title, slug: text.slug, summary: text.summary, body: lexicalBody(text.body), source: text.source }
    return { locale, data, publish: true }
  })
  await createInLocales(payload, req, { collection: collectionSlugs.articles, shared, locales })
}

/** Accounts, countries, topics and images, in one transaction; their ids are kept for the articles and later runs. */
async function writeTaxonomyOnce(payload: Payload, benchDir: string, size: BenchSize, log: (line: string) => void): Promise<Taxonomy> {
  const started = performance.now()
  const images = await generateImages(path.join(benchDir, 'images'), benchImageCount)
  let taxonomy: Taxonomy | undefined
  await inTransaction(payload, async (req) => {
    const password = randomBytes(18).toString('base64url')
    // The first account on an empty system becomes an admin; the editor is the one whose publishes are timed.
    await payload.create({ collection: collectionSlugs.users, data: { email: 'bench-admin@concord.localhost', password, role: 'admin' }, req })
    await payload.create({ collection: collectionSlugs.users, data: { email: benchEditorEmail, password, role: 'editor' }, req })

    const countryIds: Taxonomy['countryIds'] = {}
    for (const code of benchCountries) countryIds[code] = (await payload.create({ collection: collectionSlugs.countries, data: { code }, req })).id

    const topicIds: Taxonomy['topicIds'] = []
    for (const names of benchTopics) {
      let id: number | string | undefined
      for (const locale of benchLocales) {
        if (id === undefined) id = (await payload.create({ collection: collectionSlugs.topics, data: { name: names[locale] }, locale, req })).id
        else await payload.update({ collection: collectionSlugs.topics, id, data: { name: names[locale] }, locale, req })
      }
      topicIds.push(id!)
    }

    const imageIds: Taxonomy['imageIds'] = []
    for (const [index, file] of images.entries()) {
      const topic = benchTopics[index % benchTopics.length]
      const alt = (locale: (typeof benchLocales)[number]) => `${topic[locale]} ${index + 1}`
      let id: number | string | undefined
      for (const locale of benchLocales) {
        if (id === undefined) {
          id = (await payload.create({ collection: collectionSlugs.media, data: { alt: alt(locale) }, filePath: file, overwriteExistingFiles: true, locale, req })).id
        } else await payload.update({ collection: collectionSlugs.media, id, data: { alt: alt(locale) }, locale, req })
      }
      imageIds.push(id!)
    }
    taxonomy = { corpusVersion, size, topicIds, countryIds, imageIds, editorEmail: benchEditorEmail, seconds: (performance.now() - started) / 1000 }
  })
  writeTaxonomy(benchDir, taxonomy!)
  log(`Accounts, ${benchCountries.length} countries, ${benchTopics.length} topics and ${images.length} images in ${taxonomy!.seconds.toFixed(1)} s`)
  return taxonomy!
}
