/**
 * What partners embed: the player page of a video (`/<locale>/embed/video/<id>/`, the one kind of page other sites may
 * frame: see publishing/serve/embedHeaders.ts) and oEmbed answers for videos, articles and case highlights, written
 * with each release as static files (`/oembed/<locale>/<kind>/<id>.json`) that item pages announce for discovery.
 */
import { getLocale, type LocaleCode } from '../../cms/locales'
import { permanentLinkKindOf } from '../../publishing/format/permanentLinks'
import { contentLocale, type ExportedItem, field, itemUrl, localeRoot, media, type PageCollection } from './content'
import { t } from './i18n'
import { encodedPath } from './permanentLinks'

/** The collections with an oEmbed answer; videos are embedded as a player, the others as a link. */
export const oembedCollections = ['videos', 'articles', 'case-highlights'] as const satisfies readonly PageCollection[]

/** The player's size in the iframe code and the oEmbed answer (16:9, the demo videos' shape). */
export const playerSize = { width: 640, height: 360 } as const

export function hasOembed(collection: PageCollection): boolean {
  return (oembedCollections as readonly string[]).includes(collection)
}

/** The embeddable player page of a video in a locale. */
export function embedPageUrl(item: ExportedItem, locale: LocaleCode): string {
  return `${localeRoot(locale)}embed/video/${encodeURIComponent(String(item.id))}/`
}

/** The static oEmbed answer of an item in a locale, or undefined for a collection without one. */
export function oembedUrl(collection: PageCollection, item: ExportedItem, locale: LocaleCode): string | undefined {
  const kind = permanentLinkKindOf(collection)
  if (!kind || !hasOembed(collection)) return undefined
  return `/oembed/${getLocale(locale).segment}/${kind}/${encodeURIComponent(String(item.id))}.json`
}

/** An item's title in a locale (with fallback). */
export function itemTitle(item: ExportedItem, locale: LocaleCode): string {
  return field<string>(item, 'title', locale) ?? field<string>(item, 'name', locale) ?? ''
}

/** HTML attribute text: the iframe code is shown to editors of other sites and pasted into their pages. */
function attribute(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** The `<iframe>` code that embeds a video's player page in a locale. */
export function embedCode(item: ExportedItem, locale: LocaleCode, site: URL): string {
  const src = new URL(embedPageUrl(item, locale), site).href
  const title = `${itemTitle(item, locale)} · ${t(locale, 'site.name')}`
  return `<iframe src="${attribute(src)}" width="${playerSize.width}" height="${playerSize.height}" title="${attribute(title)}" allow="fullscreen; picture-in-picture" allowfullscreen loading="lazy" style="border:0;max-width:100%"></iframe>`
}

/** The oEmbed 1.0 answer (https://oembed.com/): `video` with the player's iframe, `link` for articles and cases. */
export function oembedAnswer(collection: PageCollection, item: ExportedItem, locale: LocaleCode, site: URL) {
  const pictureId = item.data.poster ?? item.data.cover
  const picture = pictureId ? media(pictureId, locale) : undefined
  const common = {
    version: '1.0',
    title: itemTitle(item, locale),
    provider_name: t(locale, 'site.name'),
    provider_url: new URL(localeRoot(locale), site).href,
    // The answer is about the page a reader of this locale sees, in the language its text is in.
    url: new URL(encodedPath(itemUrl(collection, item, locale)), site).href,
    language: getLocale(contentLocale(item, locale)).tag,
    cache_age: 3600,
    ...(picture?.width && picture.height
      ? { thumbnail_url: new URL(`/media/${encodeURIComponent(picture.filename)}`, site).href, thumbnail_width: picture.width, thumbnail_height: picture.height }
      : {}),
  }
  if (collection === 'videos') return { type: 'video', ...common, html: embedCode(item, locale, site), ...playerSize }
  return { type: 'link', ...common }
}
