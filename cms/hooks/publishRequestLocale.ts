import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { managesAllContent } from '../access/roles'
import { editorialSlug, type EditorialCollectionSlug } from '../collectionSlugs'
import { WorkflowRefusal } from '../translation/refusal'

import { publishLocale, unpublishAllLocales } from '../translation/publications'
import { savedReads } from '../translation/recordTranslationSave'
import { deletePublications, deleteStates, findPublications, requestLocale } from '../translation/store'
import { staffMessage } from '../i18n/staffMessage'

/**
 * Payload's Publish button publishes the locale being edited, and only that one: its publication snapshot is
 * written from the working copy, while other locales' unfinished drafts stay unpublished. Payload's Unpublish (the
 * whole item back to draft) removes every locale's publication. A save without a locale publishes the default one.
 */
export const publishRequestLocale: CollectionAfterChangeHook = async ({ data, doc, req, collection }) => {
  if (req.context.skipLocalePublication) return doc
  const item = { collection: editorialSlug(collection.slug), id: doc.id as number | string }
  // A save asked to return only some fields (`select`) hands the hook a doc without `_status`. Payload has set the
  // saved data's `_status` to `draft` for a draft save (which leaves the published main document as it was, so the
  // main document's status would wrongly say published); only a save that sent no status wrote the main document.
  const status = doc._status ?? data?._status ?? (await savedStatus(req, item.collection, item.id))
  if (status === 'published') await publishLocale(req, { ...item, locale: requestLocale(req) }, savedReads(doc))
  else if (await wasUnpublished(req, item.collection, item.id)) {
    // The boundary turns other people's saves into draft saves (cms/boundary/writeBoundary.ts); should any other path
    // reach this, the whole save is undone rather than the item taken offline.
    if (req.user && !managesAllContent(req.user)) {
      throw new WorkflowRefusal(staffMessage(req, 'error.wholeItemOffline'), 403)
    }
    await unpublishAllLocales(req, item)
  }
  return doc
}

/**
 * A draft save leaves the published main document as it is; an unpublish turns the main document into a draft. Only
 * the second has publications left behind to remove.
 */
async function wasUnpublished(req: PayloadRequest, collection: EditorialCollectionSlug, id: number | string): Promise<boolean> {
  if ((await findPublications(req, collection, id)).length === 0) return false
  const main = await req.payload.db.findOne<{ id: number | string; _status?: string }>({ collection, where: { id: { equals: id } }, req })
  return main?._status !== 'published'
}

async function savedStatus(req: PayloadRequest, collection: EditorialCollectionSlug, id: number | string): Promise<string | undefined> {
  const main = await req.payload.db.findOne<{ id: number | string; _status?: string }>({ collection, where: { id: { equals: id } }, req })
  return main?._status
}

/** A deleted item leaves nothing public behind; its audit trail is kept. */
export const removeLocalePublications: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await deletePublications(req, editorialSlug(collection.slug), doc.id)
  await deleteStates(req, editorialSlug(collection.slug), doc.id)
  return doc
}
