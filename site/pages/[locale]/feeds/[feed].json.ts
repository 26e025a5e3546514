import type { APIRoute } from 'astro'

import { type FeedName, feeds, jsonFeed } from '../../../lib/feeds'
import { localeOfSegment, notFound } from '../../../lib/urlSegments'

export const GET: APIRoute = ({ params, site, url }) => {
  const locale = localeOfSegment(params.locale)
  if (!locale || !params.feed || !Object.hasOwn(feeds, params.feed)) return notFound()
  return new Response(jsonFeed(params.feed as FeedName, locale, site!, new URL(url.pathname, site).href), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  })
}
