/**
 * The site server's answer to a permanent link, `/go/<kind>/<id>/`: a redirect to the item's page in the reader's
 * language, chosen from the languages the item is published in — the reader's explicit choice first (`?lang=`, then
 * the `concord-language` cookie the language switcher sets), then `Accept-Language` (negotiated by `negotiator`, the
 * library Express uses), then the item's own language. The map comes with the release (`/go.json`, written by
 * site/lib/permanentLinks.ts); an id it does not hold is an item that was removed or never published: a 404.
 */
import fs from 'node:fs'

import Negotiator from 'negotiator'

import { getLocale, isLocaleCode, locales } from '../../cms/locales'
import { type PermanentLinkMap, permanentLinkMapFile } from '../format/permanentLinks'
import { type ReleaseView, resolveReleaseFile } from '../releases/releases'
import { perRelease } from './perRelease'

export type PermanentLinkAnswer = { status: 301 | 302; location: string } | { status: 404 }

/** A release's permanent-link map, read once per release. */
const mapOf = perRelease(
  (release: ReleaseView) => release.root,
  (release): PermanentLinkMap => {
    const file = resolveReleaseFile(release, permanentLinkMapFile)
    return file ? (JSON.parse(fs.readFileSync(file, 'utf8')) as PermanentLinkMap) : { format: 1, items: {} }
  },
)

/** The locale an explicit choice names: a code, URL segment or language tag of the registry, in any case. */
function chosenLocale(value: string | null | undefined): string | undefined {
  const wanted = value?.trim().toLowerCase()
  if (!wanted) return undefined
  return locales.find((locale) => [locale.code, locale.segment, locale.tag.toLowerCase()].includes(wanted))?.code
}

/**
 * The answer for a path under `/go/` (decoded segments, as the site server parsed them), or undefined for a path
 * that is not a permanent link at all.
 */
export function answerPermanentLink(
  release: ReleaseView,
  segments: string[],
  trailingSlash: boolean,
  query: URLSearchParams,
  headers: { cookie?: string; 'accept-language'?: string },
): PermanentLinkAnswer | undefined {
  if (segments[0] !== 'go' || segments.length !== 3) return undefined
  const [, kind, id] = segments
  const entry = Object.hasOwn(mapOf(release).items, `${kind}/${id}`) ? mapOf(release).items[`${kind}/${id}`] : undefined
  if (!entry) return { status: 404 }
  // The canonical form ends with a slash, like every page; built from the map's own key, never from the request.
  if (!trailingSlash) return { status: 301, location: `/go/${encodeURIComponent(kind)}/${encodeURIComponent(id)}/` }
  const published = Object.keys(entry.pages).filter(isLocaleCode)
  const cookieChoice = /(?:^|;\s*)concord-language=([\w-]+)/.exec(headers.cookie ?? '')?.[1]
  const explicit = [chosenLocale(query.get('lang')), chosenLocale(cookieChoice)].find((code) => code && published.includes(code as never))
  const target = explicit ?? negotiated(headers['accept-language'], published, entry.source) ?? entry.source
  const page = entry.pages[target] ?? entry.pages[entry.source]
  return page ? { status: 302, location: page } : { status: 404 }
}

/**
 * The best of `published` for an `Accept-Language` header. Each locale is offered under its tag and its primary
 * language (`zh-Hans` and `zh`), so `zh-CN` finds Simplified Chinese; the source comes first, so `*` finds it.
 */
function negotiated(acceptLanguage: string | undefined, published: string[], source: string): string | undefined {
  if (!acceptLanguage?.trim()) return undefined
  const ordered = [source, ...published.filter((code) => code !== source)].filter(isLocaleCode)
  const offers = new Map<string, string>()
  for (const code of ordered) {
    const tag = getLocale(code).tag
    if (!offers.has(tag)) offers.set(tag, code)
    const primary = tag.split('-')[0]
    if (!offers.has(primary)) offers.set(primary, code)
  }
  // Negotiator ranks an exact match above an earlier, less exact one (`zh-CN, en` would give English): so the
  // reader's languages are taken in their own order, and Negotiator matches each one against the offers.
  for (const range of new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages()) {
    const best = new Negotiator({ headers: { 'accept-language': range } }).language([...offers.keys()])
    if (best) return offers.get(best)
  }
  return undefined
}
