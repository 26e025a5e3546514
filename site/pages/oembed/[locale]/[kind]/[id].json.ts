import type { APIRoute } from 'astro'

import { permanentLinkKinds } from '../../../../../publishing/format/permanentLinks'
import { itemById, type PageCollection } from '../../../../lib/content'
import { hasOembed, oembedAnswer } from '../../../../lib/embeds'
import { localeOfSegment, notFound } from '../../../../lib/urlSegments'

/** The oEmbed answer of an item in a locale, written with each release (site/lib/embeds.ts). */
export const GET: APIRoute = ({ params, site }) => {
  const locale = localeOfSegment(params.locale)
  const kind = params.kind ?? ''
  const collection = Object.hasOwn(permanentLinkKinds, kind) ? (permanentLinkKinds[kind as keyof typeof permanentLinkKinds] as PageCollection) : undefined
  const item = collection && hasOembed(collection) ? itemById(collection, params.id) : undefined
  if (!locale || !collection || !item) return notFound()
  return new Response(JSON.stringify(oembedAnswer(collection, item, locale, site!)), { headers: { 'Content-Type': 'application/json+oembed' } })
}
