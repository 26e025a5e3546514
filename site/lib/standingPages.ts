import { defaultLocale } from '../../cms/locales'
import { itemUrl, items } from './content'

/** The URL of a standing page (about, contact, legal notice) by its default-locale slug, in a locale. */
export function standingPageUrl(key: string, locale: string): string | undefined {
  const page = items('pages').find((item) => (item.data.slug as Record<string, string> | undefined)?.[defaultLocale] === key)
  return page ? itemUrl('pages', page, locale) : undefined
}
