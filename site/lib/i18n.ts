import { type MessageFormatElement, TYPE } from '@formatjs/icu-messageformat-parser'
import { IntlMessageFormat } from 'intl-messageformat'

import { defaultLocale, getLocale, type LocaleCode, type TextDirection } from '../../cms/locales'

type Strings = Record<string, string>

// One JSON file per locale, found by glob so adding a locale needs no import here; English is the schema.
const files = import.meta.glob<Strings>('../i18n/*.json', { eager: true, import: 'default' })
const stringsByLocale: Partial<Record<LocaleCode, Strings>> = Object.fromEntries(
  Object.entries(files).map(([file, strings]) => [file.replace(/^.*\/(.+)\.json$/, '$1'), strings]),
)

export type UiKey = keyof typeof import('../i18n/en.json')

function template(locale: LocaleCode, key: string): { text: string; locale: LocaleCode } {
  const own = stringsByLocale[locale]?.[key]
  if (own !== undefined) return { text: own, locale }
  const text = stringsByLocale[defaultLocale]?.[key]
  if (text === undefined) throw new Error(`Missing UI string "${key}"`)
  return { text, locale: defaultLocale }
}

/** A string with an ICU plural, select or selectordinal argument (`{count, plural, one {# result} other {# results}}`). */
export const icuArgumentPattern = /\{\s*\w+\s*,\s*(?:plural|selectordinal|select)\s*,/

/** Parsed ICU messages, one per locale and key: parsing costs more than formatting, and a build formats thousands. */
const messageFormats = new Map<string, IntlMessageFormat>()

/** The ICU message of a key in a locale, parsed once by FormatJS with that locale's CLDR plural rules. */
export function messageFormat(locale: LocaleCode, key: string): IntlMessageFormat {
  const { text, locale: textLocale } = template(locale, key)
  const cacheKey = `${textLocale}:${key}`
  let made = messageFormats.get(cacheKey)
  if (!made) {
    made = new IntlMessageFormat(text, getLocale(textLocale).tag)
    messageFormats.set(cacheKey, made)
  }
  return made
}

/**
 * A UI string in a locale, falling back key by key to English. Strings with plural forms are ICU messages formatted
 * by FormatJS's intl-messageformat (CLDR plural rules: Arabic has six forms); the others are plain text whose
 * `{name}` placeholders are filled in (and left as they are when no value is given, for the page's scripts).
 */
export function t(locale: LocaleCode, key: UiKey | string, params: Record<string, string | number> = {}): string {
  const { text } = template(locale, key)
  if (icuArgumentPattern.test(text)) return String(messageFormat(locale, key).format(params))
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}

/**
 * The forms of a plural UI string for the browser, which picks one with `Intl.PluralRules` and puts the formatted
 * number in: `{ one: '{count} result', other: '{count} results' }` (`#` becomes the plural argument's placeholder).
 * The search page counts its results in the browser; sending these few strings avoids shipping a message parser
 * (FormatJS's own advice is to pre-compile messages for the browser).
 */
export function pluralForms(locale: LocaleCode, key: UiKey | string): Record<string, string> {
  const elements = messageFormat(locale, key).getAst()
  const plural = elements.find((element) => element.type === TYPE.plural)
  if (!plural || plural.type !== TYPE.plural || plural.offset !== 0) throw new Error(`UI string "${key}" is not a plural message without offset`)
  return Object.fromEntries(
    Object.entries(plural.options).map(([category, option]) => [
      category,
      elements.map((element) => (element === plural ? plainText(option.value, plural.value) : plainText([element], plural.value))).join(''),
    ]),
  )
}

/** Literal text and `{name}` placeholders; the pound sign stands for the plural argument. */
function plainText(elements: MessageFormatElement[], pluralArgument: string): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value
      if (element.type === TYPE.pound) return `{${pluralArgument}}`
      if (element.type === TYPE.argument) return `{${element.value}}`
      throw new Error(`Only text, # and {name} are supported inside a plural form sent to the browser`)
    })
    .join('')
}

/** Binds `t` to one locale for a page. */
export function translator(locale: LocaleCode) {
  return (key: UiKey | string, params?: Record<string, string | number>) => t(locale, key, params)
}

/**
 * Intl formatters are costly to create (a date formatter takes longer than rendering the rest of a list card) and
 * the site uses a handful of them: one per locale and kind, made once.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let made = formatters.get(key) as F | undefined
  if (!made) {
    made = make()
    formatters.set(key, made)
  }
  return made
}

export function formatDate(locale: LocaleCode, value: string | Date | null | undefined, style: 'long' | 'medium' = 'long') {
  if (!value) return ''
  const tag = getLocale(locale).tag
  return formatter(`date:${tag}:${style}`, () => new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: 'UTC' })).format(new Date(value))
}

export function formatNumber(locale: LocaleCode, value: number) {
  const tag = getLocale(locale).tag
  return formatter(`number:${tag}`, () => new Intl.NumberFormat(tag)).format(value)
}

/** A length in seconds in the reader's locale ("12 sec.", "12 秒", "١٢ ث"). */
export function formatDuration(locale: LocaleCode, seconds: number) {
  const tag = getLocale(locale).tag
  return formatter(`seconds:${tag}`, () => new Intl.NumberFormat(tag, { style: 'unit', unit: 'second', unitDisplay: 'short' })).format(seconds)
}

/** "1.2 MB" in the reader's locale, through Intl's unit formatting. */
export function formatFileSize(locale: LocaleCode, bytes: number) {
  const [unit, size] = bytes >= 1_000_000 ? ['megabyte', bytes / 1_000_000] : ['kilobyte', Math.max(1, bytes / 1000)]
  return new Intl.NumberFormat(getLocale(locale).tag, { style: 'unit', unit, maximumFractionDigits: 1 }).format(size)
}

/** `lang` and `dir` for text in a locale, from the registry: text in another language than the page's needs both. */
export function languageAttributes(code: LocaleCode): { lang: string; dir: TextDirection } {
  const { tag, dir } = getLocale(code)
  return { lang: tag, dir }
}

const languageNames = new Map<string, Intl.DisplayNames>()

/** A language's name in the reader's language ("anglais" on a French page), from CLDR through `Intl.DisplayNames`. */
export function languageName(readerLocale: LocaleCode, code: LocaleCode): string {
  const readerTag = getLocale(readerLocale).tag
  let names = languageNames.get(readerTag)
  if (!names) {
    names = new Intl.DisplayNames([readerTag], { type: 'language' })
    languageNames.set(readerTag, names)
  }
  return names.of(getLocale(code).tag) ?? getLocale(code).label
}
