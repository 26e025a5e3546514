import { type PayloadRequest, saveVersion, type TypeWithID } from 'payload'

import { collectionFields } from '../fields/collectionFields'
import type { EditorialCollectionSlug } from '../collectionSlugs'
import { assemblePublishedDocument } from './assemblePublished'
import { localeCodes } from '../locales'
import { itemBatch } from './itemBatch'
import { findPublications } from './store'
import type { LocalePublication } from './types'

type Doc = Record<string, unknown>

/**
 * Makes an item's main document — what Payload reads when no draft is asked for — exactly its public state: each
 * locale's values as that locale was published (nothing where it was not), the shared fields as they were last
 * published, `_status` published while any locale is. Payload's drafts and versions stay the working copy.
 *
 * This is what keeps unpublished translations out of every read path of the API at once: REST and GraphQL lists,
 * single items, counts, filters and sorts on localized fields, relations populated at any depth and any endpoint
 * reading without `draft` all read the main documents, and non-staff readers are never given drafts
 * (cms/boundary/readBoundary.ts). Publishing one locale through Payload writes the whole working copy over the main
 * document first (every locale's unfinished text): this runs right after, in the same transaction, so no reader ever
 * sees that state. Runs whenever a publication is written or removed.
 */
export async function syncPublicDocument(req: PayloadRequest, collection: EditorialCollectionSlug, id: number | string): Promise<void> {
  const batch = itemBatch(req, collection, id)
  if (batch) return batch.requestSync()
  const db = req.payload.db
  const publications = await findPublications(req, collection, id)
  if (publications.length === 0) {
    await db.updateOne({ collection, id, data: { _status: 'draft' }, req, returning: false })
    return
  }
  const fields = collectionFields(req.payload, collection)
  const byLocale = new Map(publications.map((publication) => [publication.locale, publication.data]))
  const publicDoc = assemblePublishedDocument(fields, byLocale, localeCodes, publicSharedState(publications))
  const current = await db.findOne<Doc & TypeWithID>({ collection, where: { id: { equals: id } }, locale: 'all', req })
  // Publishing through Payload usually leaves the main document right already (no other locale had a newer draft):
  // a read is much cheaper than rewriting every locale of the item.
  if (current && current._status === 'published' && sameValues(publicDoc, current)) {
    await keepWorkingCopyAsDraft(req, collection, id, publicDoc)
    return
  }
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...values } = publicDoc
  await db.updateOne({ collection, id, data: { ...values, _status: 'published', updatedAt: current?.updatedAt ?? null }, req, returning: false })
  await keepWorkingCopyAsDraft(req, collection, id, values)
}

/**
 * Payload serves a draft read (the admin's edit view, `?draft=true`) from the newest *draft* version, and from the
 * main document when the newest version is a publication. With the main document now the public state, a working
 * copy that differs from it — another language's unpublished draft, an unpublished change to a shared field — is
 * saved again as a draft version, so staff keep seeing and editing it.
 */
async function keepWorkingCopyAsDraft(req: PayloadRequest, collection: EditorialCollectionSlug, id: number | string, publicValues: Doc) {
  const { docs } = await req.payload.db.findVersions<Doc>({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    locale: 'all',
    limit: 1,
    pagination: false,
    req,
  })
  const working = docs[0]?.version as Doc | undefined
  if (!working || working._status !== 'published' || sameValues(publicValues, working)) return
  await saveVersion({
    id,
    collection: req.payload.collections[collection].config,
    docWithLocales: { ...working, _status: 'draft' },
    draft: true,
    operation: 'update',
    payload: req.payload,
    req,
    returning: false,
  })
}

/** The shared fields as they are live: every publication of an item carries the same ones; the newest is taken. */
export function publicSharedState(publications: LocalePublication[]): Doc | undefined {
  return [...publications].sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))[0]?.data
}

/** Whether `actual` holds every value of `expected` (extra keys ignored; null and absent are the same). */
function sameValues(expected: unknown, actual: unknown): boolean {
  if (expected === null || expected === undefined) return actual === null || actual === undefined
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((one, index) => sameValues(one, actual[index]))
  }
  if (typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false
    return Object.entries(expected as Doc).every(([key, value]) => sameValues(value, (actual as Doc)[key]))
  }
  return expected === actual
}
