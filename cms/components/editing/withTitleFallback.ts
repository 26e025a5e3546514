import type { CollectionConfig, Field } from 'payload'

/** The list cell that shows the source title of rows untranslated in the edited locale (path resolved from `cms/`). */
export const titleCellComponent = '/components/editing/TitleCell#TitleCell'

/**
 * Gives a collection's localized title field (`admin.useAsTitle`) the list cell that falls back to the source-language title.
 *
 * Why a cell, not a title field of its own: Payload refuses a virtual field as `useAsTitle`, and a stored or
 * `afterRead` title would travel through every read — the API, the export, the public state — where a fallback must
 * never pass for a translation. The cell asks the REST API for the source titles as the signed-in user, so nothing
 * on the server changes; the edit view's header does the same through its Status slot (`DocumentStatus`).
 */
export function withTitleFallback(collection: CollectionConfig): CollectionConfig {
  const titleField = collection.admin?.useAsTitle
  if (!titleField) return collection
  const fields = collection.fields.map((field): Field => {
    // Only a localized title can be missing in one locale and present in the source.
    if (field.type !== 'text' || field.name !== titleField || !field.localized) return field
    return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: titleCellComponent } } }
  })
  return { ...collection, fields }
}
