import { unserialize } from 'php-serialize'

import type { RawWxrItem, RawWxrTerm } from './wxrReader'

/**
 * What a Polylang site's WXR export says about languages. Polylang keeps languages and translation links as terms of
 * its own taxonomies, and WordPress exports them like any term:
 * - `language`: one term per language; its slug (`fr`) is what posts are tagged with, its description a PHP-serialized
 *   array whose `locale` is the WordPress locale (`fr_FR`).
 * - `post_translations`: one term per translation group (`pll_5f1c…`); its description a PHP-serialized array from
 *   language slug to post id (`a:2:{s:2:"en";i:12;s:2:"fr";i:14;}`).
 * - `term_language` / `term_translations`: the same for categories and tags (slugs `pll_fr`; term ids).
 * Each item carries `<category domain="language" nicename="fr">` and `<category domain="post_translations"
 * nicename="pll_…">`.
 */
export class PolylangTerms {
  /** Language slug → WordPress locale (`fr` → `fr_FR`). */
  readonly languages = new Map<string, string>()
  /** Post id → translation group slug, from `post_translations` descriptions. */
  readonly postGroups = new Map<string, string>()
  /** Term id → { language slug, group }, from `term_translations`. */
  readonly termGroups = new Map<string, { language: string; group: string }>()

  /** Reads one channel term; terms of other taxonomies are ignored. */
  addTerm(term: RawWxrTerm) {
    const taxonomy = term['wp:term_taxonomy']
    const slug = term['wp:term_slug'] ?? ''
    const description = term['wp:term_description'] ?? ''
    if (taxonomy === 'language') {
      const locale = readSerialized(description)?.locale
      this.languages.set(slug, typeof locale === 'string' ? locale : slug)
    } else if (taxonomy === 'post_translations') {
      for (const postId of Object.values(readSerialized(description) ?? {})) this.postGroups.set(String(postId), slug)
    } else if (taxonomy === 'term_translations') {
      for (const [language, termId] of Object.entries(readSerialized(description) ?? {})) {
        this.termGroups.set(String(termId), { language, group: slug })
      }
    }
  }

  get present(): boolean {
    return this.languages.size > 0
  }

  /** The WordPress locale and translation group of an item, from its Polylang terms. */
  ofItem(item: RawWxrItem): { language?: string; group?: string } {
    const languageSlug = item.categories.find((category) => category.domain === 'language')?.nicename
    const groupSlug = item.categories.find((category) => category.domain === 'post_translations')?.nicename
    const postId = item.fields['wp:post_id']?.trim()
    const group = groupSlug ?? (postId ? this.postGroups.get(postId) : undefined)
    return {
      language: languageSlug ? (this.languages.get(languageSlug) ?? languageSlug) : undefined,
      group: group ? `polylang:${group}` : undefined,
    }
  }
}

/**
 * A PHP-serialized array as a plain object, or undefined when the text is not one. php-serialize is a maintained
 * unserializer; objects (`O:`) are never instantiated as classes of ours (no scope is given), and anything malformed
 * is treated as absent rather than failing the import.
 */
export function readSerialized(text: string): Record<string, unknown> | undefined {
  if (!/^a:\d+:\{/.test(text.trim())) return undefined
  try {
    const value: unknown = unserialize(text.trim(), {}, { strict: false })
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : Array.isArray(value) ? { ...value } : undefined
  } catch {
    return undefined
  }
}
