import anyAscii from 'any-ascii'

import { getLocale, isLocaleCode, type LocaleCode, slugStyle } from '../locales'

const hanCharacter = /\p{Script=Han}/gu

/** Characters a generated slug has at most: romanized, and in a native script (see `nativeSlug`). */
export const slugLimits = { romanized: 80, native: 60 } as const

/**
 * A URL slug for any script: transliterated to ASCII by any-ascii (a maintained table covering Han, Arabic,
 * Cyrillic, Thai and more), lowercased, words joined by hyphens, cut at a word boundary.
 *
 * @example slugify('中国—东盟总检察长会议') // 'zhong-guo-dong-meng-zong-jian-cha-zhang-hui-yi'
 */
export function slugify(text: string, maxLength: number = slugLimits.romanized): string {
  // Han characters are one syllable each and any-ascii runs them together; space them so words stay readable.
  const spaced = text.normalize('NFKC').replace(hanCharacter, (character) => ` ${character} `)
  const slug = anyAscii(spaced)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '')
}

/** Arabic vowel marks, Quranic annotation signs and the tatweel: left out of addresses as Arabic sites do. */
const arabicMarks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g
/** Invisible format characters (joiners, direction marks): never part of an address. */
const formatCharacters = /\p{Cf}/gu

/**
 * A slug in the text's own script: letters (with their combining marks, which Thai vowels and tones are) and digits
 * kept, everything else a hyphen, Latin letters lowercased, Arabic vowel marks and the tatweel dropped, cut at a word
 * boundary found by `Intl.Segmenter` (Thai writes no spaces between words). NFC, so the address is the same bytes
 * whichever way the title was typed. 60 characters keep a Thai slug under 255 bytes of UTF-8, one file name.
 *
 * @example nativeSlug('مؤتمر التعاون القضائي', 'ar') // 'مؤتمر-التعاون-القضائي'
 */
export function nativeSlug(text: string, locale: string, maxLength: number = slugLimits.native): string {
  const slug = text
    .normalize('NFC')
    .replace(arabicMarks, '')
    .replace(formatCharacters, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  const characters = [...slug]
  if (characters.length <= maxLength) return slug
  let cut = ''
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(slug)) {
    if ([...cut].length + [...segment].length > maxLength) break
    cut += segment
  }
  // A first word longer than the limit is cut where the limit falls, between whole characters.
  return (cut || characters.slice(0, maxLength).join('')).replace(/-+$/, '')
}

/**
 * The slug of a text in a locale, in the style the locale registry gives it (cms/locales.ts `slugs`): the script
 * itself for `native` locales (Arabic, Thai), else a romanization.
 */
export function localizedSlug(text: string, locale: string | undefined): string {
  return isNativeLocale(locale) ? nativeSlug(text, getLocale(locale).tag) : slugify(text)
}

const isNativeLocale = (locale: string | undefined): locale is LocaleCode =>
  Boolean(locale && isLocaleCode(locale) && slugStyle(locale) === 'native')

/**
 * `slug` told apart from one already used by a `-N` suffix, its stem shortened so the whole stays within the locale's
 * limit: the admin sends the slug back with every save, where it is normalised again, and a suffix past the limit
 * was cut off there, leaving the item with the slug it had been told apart from.
 *
 * @example suffixedSlug('annual-report', 2, 'en') // 'annual-report-2'
 */
export function suffixedSlug(slug: string, suffix: number, locale: string | undefined): string {
  const tail = `-${suffix}`
  const room = (isNativeLocale(locale) ? slugLimits.native : slugLimits.romanized) - tail.length
  const characters = [...slug]
  return `${characters.length <= room ? slug : characters.slice(0, room).join('').replace(/-+$/, '')}${tail}`
}
