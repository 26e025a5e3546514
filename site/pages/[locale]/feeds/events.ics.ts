import type { APIRoute } from 'astro'

import { eventsCalendar } from '../../../lib/calendar'
import { localeOfSegment, notFound } from '../../../lib/urlSegments'

export const GET: APIRoute = ({ params, site }) => {
  const locale = localeOfSegment(params.locale)
  if (!locale) return notFound()
  return new Response(eventsCalendar(locale, site!), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
