import { defaultLocale, getLocale, type LocaleCode } from '../../cms/locales'

type Strings = Record<string, string>

// One JSON file per locale, found by glob so adding a locale needs no import here; English is the schema.
const files = import.meta.glob<Strings>('../i18n/*.json', { eager: true, import: 'default' })
const stringsByLocale: Partial<Record<LocaleCode, Strings>> = Object.fromEntries(
  Object.entries(files).map(([file, strings]) => [file.replace(/^.*\/(.+)\.json$/, '$1'), strings]),
)

export type UiKey = keyof typeof import('../i18n/en.json')

/** A UI string in a locale, falling back key by key to English, with `{name}` placeholders filled in. */
export function t(locale: LocaleCode, key: UiKey | string, params: Record<string, string | number> = {}): string {
  const template = stringsByLocale[locale]?.[key] ?? stringsByLocale[defaultLocale]?.[key]
  if (template === undefined) throw new Error(`Missing UI string "${key}"`)
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
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
