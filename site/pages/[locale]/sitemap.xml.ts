import type { APIRoute } from 'astro'

import { localeSitemap } from '../../lib/sitemap'
import { localeOfSegment, notFound } from '../../lib/urlSegments'

export const GET: APIRoute = ({ params, site }) => {
  const locale = localeOfSegment(params.locale)
  if (!locale) return notFound()
  return new Response(localeSitemap(locale, site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
