import { defaultLocale, getLocale } from '../../cms/locales'

type Strings = Record<string, string>

// One JSON file per locale, found by glob so adding a locale needs no import here; English is the schema.
const files = import.meta.glob<Strings>('../i18n/*.json', { eager: true, import: 'default' })
const stringsByLocale: Record<string, Strings> = Object.fromEntries(
  Object.entries(files).map(([file, strings]) => [file.replace(/^.*\/(.+)\.json$/, '$1'), strings]),
)

export type UiKey = keyof typeof import('../i18n/en.json')

/** A UI string in a locale, falling back key by key to English, with `{name}` placeholders filled in. */
export function t(locale: string, key: UiKey | string, params: Record<string, string | number> = {}): string {
  const template = stringsByLocale[locale]?.[key] ?? stringsByLocale[defaultLocale]?.[key]
  if (template === undefined) throw new Error(`Missing UI string "${key}"`)
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}

/** Binds `t` to one locale for a page. */
export function translator(locale: string) {
  return (key: UiKey | string, params?: Record<string, string | number>) => t(locale, key, params)
}

export function formatDate(locale: string, value: string | Date | null | undefined, style: 'long' | 'medium' = 'long') {
  if (!value) return ''
  return new Intl.DateTimeFormat(getLocale(locale).tag, { dateStyle: style, timeZone: 'UTC' }).format(new Date(value))
}

export function formatNumber(locale: string, value: number) {
  return new Intl.NumberFormat(getLocale(locale).tag).format(value)
}

/** A length in seconds in the reader's locale ("12 sec.", "12 秒", "١٢ ث"). */
export function formatDuration(locale: string, seconds: number) {
  return new Intl.NumberFormat(getLocale(locale).tag, { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(seconds)
}

/** "1.2 MB" in the reader's locale, through Intl's unit formatting. */
export function formatFileSize(locale: string, bytes: number) {
  const [unit, size] = bytes >= 1_000_000 ? ['megabyte', bytes / 1_000_000] : ['kilobyte', Math.max(1, bytes / 1000)]
  return new Intl.NumberFormat(getLocale(locale).tag, { style: 'unit', unit, maximumFractionDigits: 1 }).format(size)
}
