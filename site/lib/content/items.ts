import { type LocaleCode, localeCodes } from '../../../cms/locales'
import type { ExportedItem } from '../../../publishing/format/exportFormat'
import { collectionKey, itemKey, recordRead } from '../dependencies'
import { previewedDraft } from './draftPreview'
import { load } from './loadedExport'
import { contentLocale, isTranslated } from './localizedFields'
import type { PageCollection } from './urls'

/** Every published item of a collection, newest first; a page that walks the whole list depends on all of it. */
export function items(collection: string): ExportedItem[] {
  recordRead(collectionKey(collection))
  const draft = previewedDraft()
  const list = load(collection).list
  if (draft?.collection !== collection) return list
  return [draft.item, ...list.filter((item) => String(item.id) !== String(draft.item.id))]
}

export function itemById(collection: string, id: unknown): ExportedItem | undefined {
  const draft = previewedDraft()
  if (draft?.collection === collection && String(draft.item.id) === String(id)) return draft.item
  // Looking an item up depends on it even when it is not there: its publication must re-render the page.
  recordRead(itemKey(collection, id))
  return load(collection).byId.get(String(id))
}

export interface ItemPage {
  item: ExportedItem
  locale: LocaleCode
  /** True when the reader's locale has a published translation; false for a fallback page. */
  translated: boolean
  /** The language the text is shown in. */
  textLocale: LocaleCode
}

/** One page per item per locale: translated pages and fallback pages alike. */
export function itemPages(collection: PageCollection): ItemPage[] {
  return items(collection).flatMap((item) =>
    localeCodes.map((locale) => ({
      item,
      locale,
      translated: isTranslated(item, locale),
      textLocale: contentLocale(item, locale),
    })),
  )
}
