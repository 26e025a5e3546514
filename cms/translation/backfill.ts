import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { collectionFields } from '../fields/collectionFields'
import { fieldValues } from '../fields/fieldValues'
import { collectionSlugs, editorialCollections, type EditorialCollectionSlug } from '../collectionSlugs'
import { defaultLocale, localeCodes, type LocaleCode } from '../locales'
import { plainText } from './plainText'
import { ensureTranslationStates, recordTranslationSave, titleOf } from './recordTranslationSave'
import { preservingRequest, savePublication, updateState } from './store'
import { textHash } from './textHash'
import { translatableValues } from './translatableFields'

export interface BackfillReport {
  items: number
  publications: number
}

/**
 * Brings items written before the translation workflow existed into it, once: every locale that is live in the
 * published main document gets its publication (so the site keeps showing it), and every locale its translation
 * state, with its fields recorded as current against today's source. Items that already have states are left
 * alone, so running it again does nothing. One transaction; no audit events, no site build.
 */
export async function backfillTranslationWorkflow(payload: Payload): Promise<BackfillReport> {
  const req = await createLocalReq({ context: { seeding: true } }, payload)
  await initTransaction(req)
  const report: BackfillReport = { items: 0, publications: 0 }
  try {
    for (const collection of editorialCollections) {
      const tracked = new Set(
        (
          await payload.find({
            collection: collectionSlugs.translations,
            where: { collection: { equals: collection } },
            select: { documentId: true },
            pagination: false,
            depth: 0,
            req,
          })
        ).docs.map((state) => String(state.documentId)),
      )
      const { docs } = await payload.find({ collection, select: { _status: true }, pagination: false, depth: 0, draft: false, req })
      for (const doc of docs) {
        if (tracked.has(String(doc.id))) continue
        report.items++
        report.publications += await backfillItem(req, collection, doc.id, doc._status === 'published')
      }
    }
    await commitTransaction(req)
    return report
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function backfillItem(req: PayloadRequest, collection: EditorialCollectionSlug, id: number | string, published: boolean): Promise<number> {
  const fields = collectionFields(req.payload, collection)
  const readPublished = async (locale: LocaleCode) =>
    fieldValues(
      await preservingRequest(req, () =>
        req.payload.findByID({
          collection,
          id,
          locale,
          fallbackLocale: false,
          draft: false,
          depth: 0,
          overrideAccess: true,
          req,
        }),
      ),
    )

  await ensureTranslationStates(req, collection, id)
  for (const locale of localeCodes) await recordTranslationSave(req, { collection, id, locale, quiet: true })
  if (!published) return 0

  let count = 0
  const source = translatableValues(fields, await readPublished(defaultLocale))
  const states = await ensureTranslationStates(req, collection, id)
  for (const locale of localeCodes) {
    const doc = await readPublished(locale)
    if (!titleOf(doc)) continue
    const { id: _id, _status, ...data } = doc
    const values = translatableValues(fields, doc)
    const sourceHashes =
      locale === defaultLocale
        ? {}
        : Object.fromEntries([...values.keys()].filter((path) => source.has(path)).map((path) => [path, textHash(plainText(source.get(path)))]))
    const publishedAt = String(doc.updatedAt ?? new Date().toISOString())
    await savePublication(req, {
      collection,
      documentId: String(id),
      locale,
      title: titleOf(doc),
      data,
      publishedAt,
      publishedBy: null,
      sourceLocale: locale === defaultLocale ? null : defaultLocale,
      sourceHashes,
    })
    await updateState(req, states.get(locale)!, { status: 'published', publishedAt, changedSincePublish: false })
    count++
  }
  return count
}
