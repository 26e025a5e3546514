import type { APIRoute } from 'astro'

import { collectionOfPart, sitemapPart } from '../../../lib/sitemap'
import { localeOfSegment, notFound } from '../../../lib/urlSegments'

/** `/<locale>/sitemaps/<section>-<n>.xml`: one part of a locale's item addresses (see site/lib/sitemap.ts). */
export const GET: APIRoute = ({ params, site }) => {
  const locale = localeOfSegment(params.locale)
  const match = /^([a-z-]+)-(\d+)$/.exec(params.part ?? '')
  const collection = match ? collectionOfPart(match[1]) : undefined
  const xml = locale && collection ? sitemapPart(locale, collection, Number(match![2]), site!) : undefined
  if (!xml) return notFound()
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
