import type { APIRoute } from 'astro'

import { locales } from '../../../../cms/locales'
import { type FeedName, feeds, jsonFeed } from '../../../lib/feeds'

export function getStaticPaths() {
  return locales.flatMap((locale) =>
    Object.keys(feeds).map((feed) => ({ params: { locale: locale.segment, feed }, props: { locale: locale.code, feed } })),
  )
}

export const GET: APIRoute = ({ props, site, url }) =>
  new Response(jsonFeed(props.feed as FeedName, props.locale, site!, new URL(url.pathname, site).href), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  })
