import type { PayloadRequest, Where } from 'payload'

import { collectionSlugs } from '../collections/slugs'
import { defaultLocale, localeCodes } from '../locales'
import type { LocalePublication, TranslationEvent, TranslationEventAction, TranslationState } from './types'

/**
 * Reads and writes of the workflow's own collections, always inside the caller's request (and so its transaction),
 * with access already decided by the caller. The generated Payload types do not know these collections until the
 * types are regenerated, hence the casts in this one place.
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

/** The working copy (latest draft or published version) of one item in one locale, without fallback. */
export async function readWorkingCopy(req: PayloadRequest, collection: string, id: number | string, locale: string): Promise<Doc | null> {
  return preservingRequest(req, async () => {
    const doc = await req.payload.findByID({
      collection: collection as never,
      id,
      locale: locale as never,
      fallbackLocale: false as never,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    return (doc as Doc | null) ?? null
  })
}

/** The request's locale as the workflow understands it: a single locale, the default for none or `all`. */
export function requestLocale(req: PayloadRequest): string {
  const locale = req.locale
  return locale && (localeCodes as string[]).includes(locale) ? locale : defaultLocale
}

const itemWhere = (collection: string, documentId: number | string, locale?: string): Where => ({
  and: [
    { collection: { equals: collection } },
    { documentId: { equals: String(documentId) } },
    ...(locale ? [{ locale: { equals: locale } }] : []),
  ],
})

export async function findStates(req: PayloadRequest, collection: string, documentId: number | string): Promise<TranslationState[]> {
  const { docs } = await req.payload.find({
    collection: collectionSlugs.translations as never,
    where: itemWhere(collection, documentId),
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs as unknown as TranslationState[]
}

export async function createState(req: PayloadRequest, data: Omit<TranslationState, 'id'>): Promise<TranslationState> {
  const doc = await req.payload.create({ collection: collectionSlugs.translations as never, data: data as never, overrideAccess: true, req })
  return doc as unknown as TranslationState
}

/** Writes only what differs, so saves that change nothing cost no write. */
export async function updateState(req: PayloadRequest, state: TranslationState, patch: Partial<TranslationState>): Promise<TranslationState> {
  const changed = Object.entries(patch).filter(
    ([key, value]) => JSON.stringify(value ?? null) !== JSON.stringify((state as unknown as Doc)[key] ?? null),
  )
  if (changed.length === 0) return state
  const doc = await req.payload.update({
    collection: collectionSlugs.translations as never,
    id: state.id,
    data: Object.fromEntries(changed) as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc as unknown as TranslationState
}

export async function deleteStates(req: PayloadRequest, collection: string, documentId: number | string) {
  await req.payload.delete({ collection: collectionSlugs.translations as never, where: itemWhere(collection, documentId), overrideAccess: true, req })
}

export async function findPublications(req: PayloadRequest, collection: string, documentId: number | string): Promise<LocalePublication[]> {
  const { docs } = await req.payload.find({
    collection: collectionSlugs.localePublications as never,
    where: itemWhere(collection, documentId),
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs as unknown as LocalePublication[]
}

/** Creates or replaces the publication of one item in one locale. */
export async function savePublication(req: PayloadRequest, publication: Omit<LocalePublication, 'id'>): Promise<LocalePublication> {
  const [existing] = (await findPublications(req, publication.collection, publication.documentId)).filter(
    (one) => one.locale === publication.locale,
  )
  const doc = existing
    ? await req.payload.update({
        collection: collectionSlugs.localePublications as never,
        id: existing.id,
        data: publication as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : await req.payload.create({ collection: collectionSlugs.localePublications as never, data: publication as never, depth: 0, overrideAccess: true, req })
  return doc as unknown as LocalePublication
}

export async function deletePublications(req: PayloadRequest, collection: string, documentId: number | string, locale?: string) {
  await req.payload.delete({
    collection: collectionSlugs.localePublications as never,
    where: itemWhere(collection, documentId, locale),
    overrideAccess: true,
    req,
  })
}

export interface EventInput {
  collection: string
  documentId: number | string
  locale: string
  action: TranslationEventAction
  note?: string | null
}

/** Adds a line to the audit trail, attributed to the request's user, in the request's transaction. */
export async function recordTranslationEvent(req: PayloadRequest, event: EventInput): Promise<TranslationEvent> {
  const doc = await req.payload.create({
    collection: collectionSlugs.translationEvents as never,
    data: { ...event, documentId: String(event.documentId), user: req.user?.id ?? null, note: event.note || null } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc as unknown as TranslationEvent
}

export async function findEvents(
  req: PayloadRequest,
  filter: { collection: string; documentId: number | string; locale?: string },
  limit = 20,
): Promise<TranslationEvent[]> {
  const { docs } = await req.payload.find({
    collection: collectionSlugs.translationEvents as never,
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
