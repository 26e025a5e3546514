/**
 * iCalendar (RFC 5545) files of events: a calendar of every event published in a locale (`/<locale>/feeds/events.ics`)
 * and one file per event page ("Add to calendar"), written with ical-generator.
 *
 * Events store days, not times (Payload `date` fields without a time, shown in UTC by the site): each is an all-day
 * event with `DTSTART;VALUE=DATE` and an exclusive `DTEND`, as RFC 5545 §3.6.1 prescribes. A DATE value belongs to no
 * time zone, so every calendar shows it on the same days wherever its reader is; a VTIMEZONE would only be right for
 * DATE-TIME values, and turning days into midnight in some zone would move the event a day for readers elsewhere.
 */
import ical, { ICalCalendarMethod } from 'ical-generator'

import { getLocale, type LocaleCode } from '../../cms/locales'
import { type ExportedItem, field, isTranslated, items, itemUrl } from './content'
import { t } from './i18n'

/** The "Add to calendar" file of an event page, beside it. */
export const calendarUrl = (item: ExportedItem, locale: LocaleCode) => `${itemUrl('events', item, locale)}calendar.ics`

/** A UTC day (`2025-07-15`) as a Date at its midnight, and the day after it. */
const day = (value: unknown) => new Date(`${String(value).slice(0, 10)}T00:00:00.000Z`)
const nextDay = (date: Date) => new Date(date.getTime() + 86_400_000)

function calendar(locale: LocaleCode, name: string, site: URL) {
  return ical({
    name,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: t(locale, 'site.name'), product: 'events', language: getLocale(locale).tag.toUpperCase() },
    url: new URL(`/${getLocale(locale).segment}/events/`, site).href,
  })
}

function addEvent(cal: ReturnType<typeof ical>, item: ExportedItem, locale: LocaleCode, site: URL) {
  const start = day(item.data.startDate)
  const last = item.data.endDate ? day(item.data.endDate) : start
  const url = new URL(itemUrl('events', item, locale), site).href
  const summary = field<string>(item, 'summary', locale) ?? ''
  cal.createEvent({
    // The same event has the same UID in every language's calendar, so subscribing to two does not double it.
    id: `event-${String(item.id)}@${site.host}`,
    allDay: true,
    start,
    end: nextDay(last > start ? last : start),
    // DTSTAMP is when the event's information last changed: the build's clock would make every build differ.
    stamp: new Date(item.updatedAt),
    lastModified: new Date(item.updatedAt),
    summary: field<string>(item, 'title', locale) ?? '',
    location: field<string>(item, 'place', locale) ?? null,
    description: summary ? `${summary}\n\n${url}` : url,
    url,
  })
}

/** Every event published in the locale's language (a calendar carries text its subscribers can read). */
export function eventsCalendar(locale: LocaleCode, site: URL): string {
  const cal = calendar(locale, t(locale, 'feed.title', { site: t(locale, 'site.name'), section: t(locale, 'nav.events') }), site)
  for (const item of items('events').filter((event) => isTranslated(event, locale))) addEvent(cal, item, locale, site)
  return cal.toString()
}

/** One event's file, in the language of its page (fallback text included, as the page shows it). */
export function eventCalendar(item: ExportedItem, locale: LocaleCode, site: URL): string {
  const cal = calendar(locale, field<string>(item, 'title', locale) ?? '', site)
  addEvent(cal, item, locale, site)
  return cal.toString()
}
