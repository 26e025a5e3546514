import type { PayloadRequest, Where } from 'payload'

import { fieldValues } from '../fields/fieldValues'
import { collectionSlugs, type EditorialCollectionSlug } from '../collectionSlugs'
import { defaultLocale, isLocaleCode, type LocaleCode } from '../locales'
import { itemBatch } from './itemBatch'
import type { LocalePublication, TranslationEvent, TranslationEventAction, TranslationState } from './types'

/**
 * Reads and writes of the workflow's own collections, always inside the caller's request (and so its transaction),
 * with access already decided by the caller. They go to the database adapter directly: these collections have no
 * hooks or computed fields, and every save of an editorial item writes several of them, so Payload's operation
 * layer would only add time (the demo seed writes thousands). While several locales of one item are saved in one go,
 * they read and write that item's batch instead (itemBatch.ts), which writes each row once at the end.
 */

type Doc = Record<string, unknown>

/**
 * Runs Local API calls that are given `req` without letting them change it for what follows: Payload's Local API
 * writes its `locale`, `fallbackLocale`, `depth` and `context` options into the request it is given, and later
 * hooks of the same save read `req.locale` and `req.context`.
 */
export async function preservingRequest<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale, context } = req
  const depth = req.query?.depth
  try {
    return await work()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
    req.context = context
    if (req.query) req.query.depth = depth
  }
}

/**
 * How to read an item's working copy (its latest draft or published version) in one locale, as it is, without
 * fallback to another locale's text and without relations expanded. Spread into `findByID` with the access to use.
 */
export function workingCopyQuery(collection: EditorialCollectionSlug, id: number | string, locale: LocaleCode) {
  return { collection, id, locale, fallbackLocale: false, draft: true, depth: 0 } as const
}

/** The working copy of one item in one locale, read by server code (no access checks). */
export async function readWorkingCopy(
  req: PayloadRequest,
  collection: EditorialCollectionSlug,
  id: number | string,
  locale: LocaleCode,
): Promise<Doc | null> {
  const batched = itemBatch(req, collection, id)?.workingCopy(locale)
  if (batched) return batched
  return preservingRequest(req, async () => {
    const doc = await req.payload.findByID({ ...workingCopyQuery(collection, id, locale), overrideAccess: true, disableErrors: true, req })
    return doc ? fieldValues(doc) : null
  })
}

/** The request's locale as the workflow understands it: a single locale, the default for none or `all`. */
export function requestLocale(req: PayloadRequest): LocaleCode {
  return isLocaleCode(req.locale) ? req.locale : defaultLocale
}

const itemWhere = (collection: EditorialCollectionSlug, documentId: number | string, locale?: LocaleCode): Where => ({
  and: [
    { collection: { equals: collection } },
    { documentId: { equals: String(documentId) } },
    ...(locale ? [{ locale: { equals: locale } }] : []),
  ],
})

const db = (req: PayloadRequest) => req.payload.db
const now = () => new Date().toISOString()

export async function findStates(req: PayloadRequest, collection: EditorialCollectionSlug, documentId: number | string): Promise<TranslationState[]> {
  const batch = itemBatch(req, collection, documentId)
  if (batch) return batch.findStates(() => findStoredStates(req, collection, documentId))
  return findStoredStates(req, collection, documentId)
}

async function findStoredStates(req: PayloadRequest, collection: EditorialCollectionSlug, documentId: number | string): Promise<TranslationState[]> {
  const { docs } = await db(req).find<TranslationState>({
    collection: collectionSlugs.translations,
    where: itemWhere(collection, documentId),
    limit: 0,
    pagination: false,
    req,
  })
  return docs
}

export async function createState(req: PayloadRequest, data: Omit<TranslationState, 'id'>): Promise<TranslationState> {
  const batch = itemBatch(req, data.collection, data.documentId)
  if (batch) return batch.createState(data)
  const stamp = now()
  return db(req).create({
    collection: collectionSlugs.translations,
    data: { ...data, createdAt: stamp, updatedAt: stamp },
    req,
  })
}

/** Writes only what differs, so saves that change nothing cost no write. */
export async function updateState(req: PayloadRequest, state: TranslationState, patch: Partial<TranslationState>): Promise<TranslationState> {
  const changed = Object.entries(patch).filter(
    ([key, value]) => JSON.stringify(value ?? null) !== JSON.stringify(fieldValues(state)[key] ?? null),
  )
  if (changed.length === 0) return state
  const data = { ...Object.fromEntries(changed), updatedAt: now() }
  const batch = itemBatch(req, state.collection, state.documentId)
  if (batch) return batch.updateState({ ...state, ...data } as TranslationState)
  await db(req).updateOne({ collection: collectionSlugs.translations, id: state.id, data, req, returning: false })
  return { ...state, ...data } as TranslationState
}

export async function deleteStates(req: PayloadRequest, collection: EditorialCollectionSlug, documentId: number | string) {
  await db(req).deleteMany({ collection: collectionSlugs.translations, where: itemWhere(collection, documentId), req })
}

export async function findPublications(
  req: PayloadRequest,
  collection: EditorialCollectionSlug,
  documentId: number | string,
): Promise<LocalePublication[]> {
  const batch = itemBatch(req, collection, documentId)
  if (batch) return batch.findPublications(() => findStoredPublications(req, collection, documentId))
  return findStoredPublications(req, collection, documentId)
}

async function findStoredPublications(req: PayloadRequest, collection: EditorialCollectionSlug, documentId: number | string): Promise<LocalePublication[]> {
  const { docs } = await db(req).find<LocalePublication>({
    collection: collectionSlugs.localePublications,
    where: itemWhere(collection, documentId),
    limit: 0,
    pagination: false,
    req,
  })
  return docs
}

/** Creates or replaces the publication of one item in one locale. */
export async function savePublication(req: PayloadRequest, publication: Omit<LocalePublication, 'id'>): Promise<void> {
  const batch = itemBatch(req, publication.collection, publication.documentId)
  if (batch) return batch.savePublication({ ...publication, updatedAt: now() } as Omit<LocalePublication, 'id'>)
  const [existing] = (await findPublications(req, publication.collection, publication.documentId)).filter(
    (one) => one.locale === publication.locale,
  )
  const stamp = now()
  const collection = collectionSlugs.localePublications
  if (existing) await db(req).updateOne({ collection, id: existing.id, data: { ...publication, updatedAt: stamp }, req, returning: false })
  else await db(req).create({ collection, data: { ...publication, createdAt: stamp, updatedAt: stamp }, req, returning: false })
}

export async function deletePublications(
  req: PayloadRequest,
  collection: EditorialCollectionSlug,
  documentId: number | string,
  locale?: LocaleCode,
) {
  const batch = itemBatch(req, collection, documentId)
  if (batch) return batch.deletePublications(locale)
  await db(req).deleteMany({ collection: collectionSlugs.localePublications, where: itemWhere(collection, documentId, locale), req })
}

export interface EventInput {
  collection: EditorialCollectionSlug
  documentId: number | string
  locale: LocaleCode
  action: TranslationEventAction
  note?: string | null
}

/** Adds a line to the audit trail, attributed to the request's user, in the request's transaction. */
export async function recordTranslationEvent(req: PayloadRequest, event: EventInput): Promise<void> {
  const stamp = now()
  await db(req).create({
    collection: collectionSlugs.translationEvents,
    data: { ...event, documentId: String(event.documentId), user: req.user?.id ?? null, note: event.note || null, createdAt: stamp, updatedAt: stamp },
    req,
    returning: false,
  })
}

export async function findEvents(
  req: PayloadRequest,
  filter: { collection: EditorialCollectionSlug; documentId: number | string; locale?: LocaleCode },
  limit = 20,
): Promise<TranslationEvent[]> {
  const { docs } = await req.payload.find({
    collection: collectionSlugs.translationEvents,
    where: itemWhere(filter.collection, filter.documentId, filter.locale),
    sort: ['-createdAt', '-id'],
    limit,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs as unknown as TranslationEvent[]
}

/** Display names of staff accounts (name, else e-mail) for the workflow views, by id. */
export async function userLabels(req: PayloadRequest, ids: (number | string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id) => id !== null && id !== undefined).map(String))]
  if (wanted.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: collectionSlugs.users,
    where: { id: { in: wanted } },
    select: { name: true, email: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((user) => [String(user.id), user.name || user.email]))
}
