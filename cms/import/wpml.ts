import type { RawWxrItem } from './wxrReader'

/**
 * What a WPML site's WXR export says about languages. WPML keeps languages and translation groups (`trid`) in its
 * own table (`icl_translations`), which WordPress's exporter does not write, so a plain export of a WPML site has no
 * language information. What does carry it is post meta:
 * - WPML Export and Import (WPML's own tool for moving a multilingual site) adds `_wpml_import_language_code` (`fr`,
 *   `zh-hans`), `_wpml_import_source_language_code` (the language it was translated from) and
 *   `_wpml_import_translation_group` (the `trid`: equal for all translations of one post) to every exported post.
 * - `wpml_language` and `wpml_translation_group` (`trid`), written by export add-ons that expose WPML's table.
 * - `_icl_lang_duplicate_of`: a post WPML duplicated from another (its translation, kept in sync) names the original.
 * An export without any of these is imported in `--default-language`.
 */
/** The group of a WPML duplicate until the planner resolves it to its original's group. */
export const duplicateOfPrefix = 'duplicate-of:'

export function wpmlOfItem(item: RawWxrItem): { language?: string; group?: string } {
  const meta = item.meta
  const language = (meta._wpml_import_language_code ?? meta.wpml_language)?.trim() || undefined
  const trid = (meta._wpml_import_translation_group ?? meta.wpml_translation_group)?.trim()
  const duplicateOf = meta._icl_lang_duplicate_of?.trim()
  // A duplicate joins its original's group, which the planner looks up (the original may come later in the file).
  const group = trid ? `wpml:${trid}` : duplicateOf ? `${duplicateOfPrefix}${duplicateOf}` : undefined
  return { language, group }
}

/** Whether an item carries any WPML language data. */
export function hasWpmlData(item: RawWxrItem): boolean {
  const meta = item.meta
  return Boolean(meta._wpml_import_language_code ?? meta.wpml_language ?? meta._icl_lang_duplicate_of)
}
