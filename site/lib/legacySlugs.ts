/**
 * Addresses that native-script slugs replaced. Arabic and Thai slugs used to be any-ascii romanizations of the title
 * (`lnybh-lmh-…`); they are now written in their own script (cms/locales.ts `slugs: 'native'`). For every item page
 * in such a locale whose slug is native, the romanized slug of its title — what the address was — redirects to it,
 * unless that address is some page's own.
 */
import { type LocaleCode, localeCodes, slugStyle } from '../../cms/locales'
import { slugify } from '../../cms/fields/slugify'
import { field, items, itemUrl, type PageCollection, sections, slugOf } from './content'

/** Collections whose slugs come from a title or name (countries use their ISO code). */
const sluggedCollections = (Object.keys(sections) as PageCollection[]).filter((collection) => collection !== 'countries')

const asciiOnly = /^[\x20-\x7e]*$/

export function legacySlugRedirects(): { from: string; to: string }[] {
  const rules: { from: string; to: string }[] = []
  const nativeLocales = localeCodes.filter((code) => slugStyle(code) === 'native')
  for (const collection of sluggedCollections) {
    const list = items(collection)
    for (const locale of nativeLocales) {
      const taken = new Set(list.map((item) => slugOf(item, collection, locale)))
      for (const item of list) {
        if (!item.locales.includes(locale)) continue
        const slug = slugOf(item, collection, locale)
        if (asciiOnly.test(slug)) continue
        const title = field<string>(item, 'title', locale as LocaleCode) ?? field<string>(item, 'name', locale as LocaleCode)
        const legacy = title ? slugify(title) : ''
        if (!legacy || taken.has(legacy)) continue
        const to = itemUrl(collection, item, locale)
        rules.push({ from: to.replace(/[^/]+\/$/, `${legacy}/`), to })
      }
    }
  }
  return rules
}
