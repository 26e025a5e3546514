/**
 * The site's only way to the content: reads the published-content export (written by cms/export/ for a publish or
 * `npm run export`, in the format of publishing/format/) and answers in terms of pages — which item exists in which
 * locale, its URL, and its fields with fallback applied. Pages, views, components and the renderer import this entry,
 * never the modules beside it; pages never read the export format or the database directly.
 *
 * Importing this entry also defines every query, so `querySignature` can answer for any key a page recorded.
 */
export type { ExportedItem } from '../../../publishing/format/exportFormat'

export { contentGeneration, exportDir, itemDate, itemHashes, openExport, reloadContent } from './loadedExport'
export { previewedDraft, withDraft } from './draftPreview'
export { querySignature } from './queryRegistry'
export { type ItemPage, itemById, itemPages, items } from './items'
export { contentLocale, field, isOutdated, isTranslated } from './localizedFields'
export { itemUrl, localeRoot, type PageCollection, sections, sectionUrl, slugOf, standingPageUrl } from './urls'
export { latest, latestTranslated, listPage, pageSize } from './lists'
export { type TaggedEntry, taggedPage, taggedPageCount } from './tagged'
export { translatedPart, translatedPartCount } from './translatedParts'
export { type FileRef, file, media, type MediaRef } from './media'
