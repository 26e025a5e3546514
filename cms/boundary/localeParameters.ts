import { isLocaleCode, localeCodes } from '../locales'

/** `locale` may also ask for every locale at once, as Payload allows. */
const everyLocale = new Set(['all', '*'])
/** `fallback-locale` may also turn fallback off. */
const noFallback = new Set(['none', 'false', 'null'])

const localeKeys = ['locale'] as const
const fallbackKeys = ['fallback-locale', 'fallbackLocale'] as const

/**
 * Why the request's locale parameters are unacceptable, if they are: Payload quietly treats an unknown locale as the
 * default one, so `?locale=xx` would read — or write — English. Checks the query string and, like Payload, a JSON
 * body's `locale` and `fallbackLocale`.
 */
export function localeProblem(search: URLSearchParams, body?: Record<string, unknown>): string | undefined {
  for (const key of localeKeys) {
    for (const value of [...search.getAll(key), ...bodyValue(body, key)]) {
      if (!isLocaleCode(value) && !everyLocale.has(value)) return unknownLocale(key, value)
    }
  }
  for (const key of fallbackKeys) {
    for (const value of [...search.getAll(key), ...bodyValue(body, key)]) {
      if (!isLocaleCode(value) && !noFallback.has(value)) return unknownLocale(key, value)
    }
  }
  return undefined
}

function bodyValue(body: Record<string, unknown> | undefined, key: string): string[] {
  const value = body?.[key]
  return typeof value === 'string' ? [value] : []
}

function unknownLocale(key: string, value: string) {
  return `Unknown ${key} "${value.slice(0, 40)}". Use one of: ${localeCodes.join(', ')}${key === 'locale' ? ', or all' : ''}.`
}
