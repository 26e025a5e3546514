import { checkPath, encodedPath } from '../../cms/import/oldAddress'
import { getLocale } from '../../cms/locales'
import { itemById, itemUrl, items, type PageCollection, sections } from './content'
import { legacySlugRedirects } from './legacySlugs'

/**
 * Old item addresses and where they live now; an address that is someone's current address is never redirected.
 * `from` is percent-encoded as requests arrive (the site server); nginx and Caddy match the decoded form.
 */
export function redirectRules(): { from: string; to: string }[] {
  const rules = new Map<string, string>()
  for (const redirect of items('redirects')) {
    const collection = String(redirect.data.collection) as PageCollection
    if (!(collection in sections)) continue
    // Ids are numbers on SQLite and strings on MongoDB; the redirect stores them as text (itemById compares text).
    // Looked up one by one: the rules then depend on the redirected items only, not on every item of a collection.
    const item = itemById(collection, redirect.data.item)
    if (!item) continue
    // The registry entry turns the stored text into a locale code, and refuses one it does not know.
    const locale = getLocale(String(redirect.data.locale))
    const section = sections[collection]
    // Imported items redirect from the whole path they had on the old site (cms/import/), checked again here.
    const oldPath = typeof redirect.data.fromPath === 'string' ? checkPath(redirect.data.fromPath) : undefined
    if (oldPath && !('path' in oldPath)) continue
    const from = oldPath ? encodedPath(oldPath.path) : `/${locale.segment}/${section ? `${section}/` : ''}${redirect.data.fromSlug}/`
    const to = itemUrl(collection, item, locale.code)
    if (from !== to) rules.set(from, to)
  }
  // Romanized Arabic and Thai addresses from before native-script slugs; a recorded slug change wins over them.
  for (const { from, to } of legacySlugRedirects()) if (!rules.has(from)) rules.set(from, to)
  return [...rules].map(([from, to]) => ({ from, to }))
}
