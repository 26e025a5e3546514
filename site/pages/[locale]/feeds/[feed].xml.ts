import type { APIRoute } from 'astro'

import { locales } from '../../../../cms/locales'
import { atom, type FeedName, feeds } from '../../../lib/feeds'

export function getStaticPaths() {
  return locales.flatMap((locale) =>
    Object.keys(feeds).map((feed) => ({ params: { locale: locale.segment, feed }, props: { locale: locale.code, feed } })),
  )
}

export const GET: APIRoute = ({ props, site, url }) =>
  new Response(atom(props.feed as FeedName, props.locale, site!, new URL(url.pathname, site).href), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
