import type { APIRoute } from 'astro'

import { eventCalendar } from '../../../../lib/calendar'
import { pageAt } from '../../../../lib/sitePages'
import { notFound } from '../../../../lib/urlSegments'

// The event is the one whose page this file sits beside, as the route table knows it.
export const GET: APIRoute = ({ site, url }) => {
  const page = pageAt(url.pathname.replace(/calendar\.ics$/, ''))
  if (page?.kind !== 'item' || page.collection !== 'events') return notFound()
  return new Response(eventCalendar(page.item, page.locale, site!), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
