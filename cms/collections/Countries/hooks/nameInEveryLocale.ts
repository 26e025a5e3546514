import type { CollectionAfterChangeHook, FieldHook } from 'payload'

import { localeCodes } from '../../../locales'
import { countryName } from '../../../fields/countryName'
import { preservingRequest } from '../../../translation/store'

/** An empty name in the locale being saved becomes the standard name for the code. */
export const standardNameWhenEmpty: FieldHook = ({ value, siblingData, req }) =>
  value || (siblingData?.code && req.locale && req.locale !== 'all' ? countryName(siblingData.code, req.locale) : value)

/**
 * A new country gets its standard name stored in every locale, so lists, relationship pickers and exports can use
 * the name like any other field. The request is left as it was: the next country created with it (a seed, an
 * import) must see its own locale and context, not this hook's.
 */
export const nameInEveryLocale: CollectionAfterChangeHook = async ({ doc, operation, req, collection }) => {
  if (operation !== 'create' || req.context.fillingCountryNames) return doc
  const created = req.locale
  await preservingRequest(req, async () => {
    for (const locale of localeCodes) {
      if (locale === created) continue
      await req.payload.update({
        collection: collection.slug,
        id: doc.id,
        locale,
        data: { name: countryName(doc.code, locale) },
        context: { fillingCountryNames: true },
        overrideAccess: true,
        req,
      })
    }
  })
  return doc
}
