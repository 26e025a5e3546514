/**
 * The locale registry: the only place Concord declares its languages.
 *
 * Payload's content localization, the admin's language list, Astro routing, the language switcher, `hreflang`,
 * text direction, fonts and the search index all derive from this list. Adding a locale is one entry here plus
 * its UI strings file.
 */

export type TextDirection = 'ltr' | 'rtl'

/** Writing systems the site must load a font for. */
export type Script = 'latin' | 'cyrillic' | 'han-simplified' | 'japanese' | 'arabic' | 'thai' | 'vietnamese'

export interface LocaleDefinition {
  /** Payload locale code, stored with the content. */
  code: string
  /** BCP 47 language tag for `lang`, `hreflang`, `Intl` and Pagefind. */
  tag: string
  /** The language's name in itself, for the switcher. */
  label: string
  /** The language's name in English, for editors and logs. */
  englishLabel: string
  dir: TextDirection
  /** URL path segment (`/zh/…`). */
  segment: string
  /** The locale whose text is shown while a translation is missing; null for the default locale. */
  fallback: string | null
  script: Script
  /**
   * How slugs are written in this locale: `romanized` (default: any-ascii's transliteration) or `native` (the script
   * itself, percent-encoded on the wire), where readers find a transliteration unreadable (see cms/fields/slugify.ts).
   */
  slugs?: SlugStyle
}

export type SlugStyle = 'romanized' | 'native'

export const locales = [
  { code: 'en', tag: 'en', label: 'English', englishLabel: 'English', dir: 'ltr', segment: 'en', fallback: null, script: 'latin' },
  { code: 'zh', tag: 'zh-Hans', label: '简体中文', englishLabel: 'Chinese (Simplified)', dir: 'ltr', segment: 'zh', fallback: 'en', script: 'han-simplified' },
  { code: 'fr', tag: 'fr', label: 'Français', englishLabel: 'French', dir: 'ltr', segment: 'fr', fallback: 'en', script: 'latin' },
  { code: 'ru', tag: 'ru', label: 'Русский', englishLabel: 'Russian', dir: 'ltr', segment: 'ru', fallback: 'en', script: 'cyrillic' },
  { code: 'es', tag: 'es', label: 'Español', englishLabel: 'Spanish', dir: 'ltr', segment: 'es', fallback: 'en', script: 'latin' },
  { code: 'ar', tag: 'ar', label: 'العربية', englishLabel: 'Arabic', dir: 'rtl', segment: 'ar', fallback: 'en', script: 'arabic', slugs: 'native' },
  { code: 'de', tag: 'de', label: 'Deutsch', englishLabel: 'German', dir: 'ltr', segment: 'de', fallback: 'en', script: 'latin' },
  { code: 'ja', tag: 'ja', label: '日本語', englishLabel: 'Japanese', dir: 'ltr', segment: 'ja', fallback: 'en', script: 'japanese' },
  { code: 'mn', tag: 'mn-Cyrl', label: 'Монгол', englishLabel: 'Mongolian (Cyrillic)', dir: 'ltr', segment: 'mn', fallback: 'en', script: 'cyrillic' },
  { code: 'vi', tag: 'vi', label: 'Tiếng Việt', englishLabel: 'Vietnamese', dir: 'ltr', segment: 'vi', fallback: 'en', script: 'vietnamese' },
  { code: 'th', tag: 'th', label: 'ไทย', englishLabel: 'Thai', dir: 'ltr', segment: 'th', fallback: 'en', script: 'thai', slugs: 'native' },
] as const satisfies readonly LocaleDefinition[]

/** One entry of the registry, with its code and fallback typed as the registry's codes. */
export type Locale = (typeof locales)[number]
export type LocaleCode = Locale['code']

export const localeCodes: LocaleCode[] = locales.map((locale) => locale.code)

/** The source language: content is written in it first and every translation falls back to it. */
export const defaultLocale: LocaleCode = locales.find((locale) => locale.fallback === null)!.code

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

/** The registry entry for a code; throws on an unknown code so a typo cannot silently fall back. */
export function getLocale(code: string): Locale {
  const locale = locales.find((entry) => entry.code === code)
  if (!locale) throw new Error(`Unknown locale "${code}". Known locales: ${localeCodes.join(', ')}`)
  return locale
}

/** How slugs are written in a locale (romanized unless the registry says `native`). */
export function slugStyle(code: string): SlugStyle {
  const locale: LocaleDefinition = getLocale(code)
  return locale.slugs ?? 'romanized'
}

/** The chain of locales to try for a missing translation, nearest first (`['zh', 'en']`). */
export function fallbackChain(code: string): LocaleCode[] {
  const chain: LocaleCode[] = []
  let current: Locale | null = getLocale(code)
  while (current && !chain.includes(current.code)) {
    chain.push(current.code)
    current = current.fallback === null ? null : getLocale(current.fallback)
  }
  return chain
}
