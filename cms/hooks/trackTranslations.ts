import type { CollectionAfterChangeHook } from 'payload'

import { editorialSlug } from '../collectionSlugs'
import { recordTranslationSave } from '../translation/recordTranslationSave'
import { requestLocale } from '../translation/store'

/**
 * Keeps the per-locale translation states up to date on every save: which fields of each translation are current
 * against the source, which are outdated, and the locale's status. A save in `all` locales at once counts as a save
 * of the default locale (it cannot tell which translations were deliberately brought up to date).
 */
export const trackTranslations: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  if (req.context.skipTranslationTracking) return doc
  const singleLocale = Boolean(req.locale && req.locale !== 'all')
  await recordTranslationSave(req, {
    collection: editorialSlug(collection.slug),
    id: doc.id,
    locale: requestLocale(req),
    previous: singleLocale ? previousDoc : undefined,
    publishing: doc._status === 'published',
    quiet: Boolean(req.context.quietTranslationEvent),
    doc,
  })
  return doc
}
