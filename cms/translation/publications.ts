import type { Payload, PayloadRequest } from 'payload'

import { collectionFields } from '../fields/collectionFields'
import { editorialSlug, type EditorialCollectionSlug } from '../collectionSlugs'
import type { LocaleCode } from '../locales'
import { plainText } from './plainText'
import { publicSharedState, syncPublicDocument } from './publicDocument'
import { ensureTranslationStates, titleOf, type SaveReads } from './recordTranslationSave'
import { publishesSharedFields, withSharedFieldsOf } from './sharedFields'
import {
  deletePublications,
  findPublications,
  readWorkingCopy,
  recordTranslationEvent,
  savePublication,
  updateState,
} from './store'
import { textHash } from './textHash'
import { translatableValues } from './translatableFields'
import type { LocalePublication, TranslationState } from './types'
import { WorkflowRefusal } from './refusal'
import { staffMessage } from '../i18n/staffMessage'

/** Fields of the working copy that are bookkeeping, not content. */
const workingCopyOnly = new Set(['id', '_status'])

interface ItemLocale {
  collection: EditorialCollectionSlug
  id: number | string
  locale: LocaleCode
}

/**
 * Publishes one locale of an item: writes its publication (the locale's values from the working copy as it is now,
 * and the shared fields — see `publishesSharedFields` for when those come from the working copy and when they stay as
 * they are live), marks its translation state published and brings the item's main document to its new public state.
 * Refused while the locale is a machine translation no person has approved, when the locale has no text, and when a
 * translation would be the first publication of an item whose shared fields nobody entitled has published.
 * Runs in the request's transaction.
 */
export async function publishLocale(req: PayloadRequest, { collection, id, locale }: ItemLocale, reads?: SaveReads): Promise<void> {
  const states = reads?.states ?? (await ensureTranslationStates(req, collection, id))
  const state = states.get(locale)!
  if (state.machineTranslated) {
    throw new WorkflowRefusal(staffMessage(req, 'workflow.machineNeedsApproval', { language: locale }), 403)
  }
  const doc = reads ? reads.current : await readWorkingCopy(req, collection, id, locale)
  if (!doc) throw new WorkflowRefusal(staffMessage(req, 'workflow.noSuchItem', { collection, id }), 404)
  if (!titleOf(doc)) {
    throw new WorkflowRefusal(staffMessage(req, 'workflow.nothingToPublish', { language: locale }), 409)
  }
  const working = Object.fromEntries(Object.entries(doc).filter(([key]) => !workingCopyOnly.has(key)))
  const existing = await findPublications(req, collection, id)
  const liveShared = publicSharedState(existing)
  const fields = collectionFields(req.payload, collection)
  const sharing = publishesSharedFields(req.user, locale, Boolean(liveShared))
  if (!sharing && !liveShared) {
    throw new WorkflowRefusal(staffMessage(req, 'workflow.sharedFieldsFirst'), 409)
  }
  const data = sharing ? working : withSharedFieldsOf(fields, working, liveShared)
  const sourceHashes = Object.fromEntries(Object.entries(state.fields ?? {}).map(([path, record]) => [path, record.sourceHash]))
  const publishedAt = new Date().toISOString()
  await savePublication(req, {
    collection,
    documentId: String(id),
    locale,
    title: titleOf(doc),
    data,
    publishedAt,
    publishedBy: req.user?.id ?? null,
    sourceLocale: state.sourceLocale ?? null,
    sourceHashes,
  })
  await updateState(req, state, {
    status: 'published',
    changedSincePublish: false,
    publishedAt,
    note: null,
    ...(req.user ? { lastActor: req.user.id } : {}),
  })
  if (!req.context.seeding) await recordTranslationEvent(req, { collection, documentId: id, locale, action: 'published' })
  // Every publication of an item carries the same shared fields, the live ones: when these change, the others follow.
  if (sharing) {
    for (const other of existing) {
      if (other.locale === locale) continue
      const updated = withSharedFieldsOf(fields, other.data, data)
      if (JSON.stringify(updated) === JSON.stringify(other.data)) continue
      const { id: _id, ...publication } = other
      await savePublication(req, { ...publication, data: updated })
    }
  }
  await syncPublicDocument(req, collection, id)
}

/** Takes one locale of an item off the public site; its text stays in the working copy, as a draft. */
export async function unpublishLocale(
  req: PayloadRequest,
  { collection, id, locale }: ItemLocale,
  note?: string,
  { syncMainDocument = true } = {},
): Promise<TranslationState> {
  const states = await ensureTranslationStates(req, collection, id)
  await deletePublications(req, collection, id, locale)
  if (syncMainDocument) await syncPublicDocument(req, collection, id)
  const state = await updateState(req, states.get(locale)!, {
    status: 'draft',
    changedSincePublish: false,
    publishedAt: null,
    ...(req.user ? { lastActor: req.user.id } : {}),
  })
  if (!req.context.seeding) await recordTranslationEvent(req, { collection, documentId: id, locale, action: 'unpublished', note })
  return state
}

/** Payload's own Unpublish (the whole item back to draft) takes every locale off the public site. */
export async function unpublishAllLocales(req: PayloadRequest, { collection, id }: Omit<ItemLocale, 'locale'>) {
  for (const publication of await findPublications(req, collection, id)) {
    await unpublishLocale(req, { collection, id, locale: publication.locale }, undefined, { syncMainDocument: false })
  }
  await syncPublicDocument(req, collection, id)
}

/** The locales of an item whose published text is behind its source, field by field (for the site's notice). */
export function outdatedPublishedFields(
  { payload }: { payload: Payload },
  collection: string,
  publications: LocalePublication[],
): Record<string, string[]> {
  const fields = collectionFields(payload, editorialSlug(collection))
  const byLocale = new Map(publications.map((publication) => [publication.locale, publication]))
  const outdated: Record<string, string[]> = {}
  for (const publication of publications) {
    const source = publication.sourceLocale ? byLocale.get(publication.sourceLocale) : undefined
    if (!source || !publication.sourceHashes) continue
    const sourceValues = translatableValues(fields, source.data)
    const paths = Object.entries(publication.sourceHashes)
      .filter(([path, hash]) => sourceValues.has(path) && textHash(plainText(sourceValues.get(path))) !== hash)
      .map(([path]) => path)
      .sort()
    if (paths.length > 0) outdated[publication.locale] = paths
  }
  return outdated
}
