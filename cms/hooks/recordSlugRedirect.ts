import type { CollectionAfterChangeHook } from 'payload'

import { collectionSlugs } from '../collectionSlugs'

/** When a published item's slug changes in a locale, keeps the old one so its address redirects to the new one. */
export const recordSlugRedirect: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  const locale = req.locale
  if (!locale || locale === 'all' || req.context.seeding) return doc
  const wasLive = previousDoc?._status === 'published' && typeof previousDoc.slug === 'string'
  if (!wasLive || doc._status !== 'published' || previousDoc.slug === doc.slug) return doc
  await req.payload.create({
    collection: collectionSlugs.redirects,
    data: { collection: collection.slug, item: String(doc.id), locale, fromSlug: previousDoc.slug },
    overrideAccess: true,
    req,
  })
  return doc
}
