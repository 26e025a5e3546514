import { isEditorialCollection } from '../collectionSlugs'
import { isLocaleCode, type LocaleCode } from '../locales'
import type { TranslationFilter } from './dashboard'
import { translationStatuses, type TranslationStatus } from './types'

/** What the dashboard was asked to show, read from its query string. */
export interface DashboardQuery extends TranslationFilter {
  /** Empty for a user who works on no locale. */
  locale: LocaleCode | ''
  page: number
}

type SearchParams = Record<string, string | string[] | undefined> | undefined

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * Reads the dashboard's filters from its URL (`?locale=zh&collection=articles&status=in_review&assignee=3&outdated=1`),
 * ignoring values it does not know; the locale defaults to the first one the user works on.
 */
export function parseDashboardQuery(searchParams: SearchParams, workingLocales: LocaleCode[]): DashboardQuery {
  const locale = one(searchParams?.locale)
  const collection = one(searchParams?.collection)
  const status = one(searchParams?.status)
  const assignee = one(searchParams?.assignee)
  const flag = (name: string) => (one(searchParams?.[name]) === '1' ? true : undefined)
  const page = Number.parseInt(one(searchParams?.page) ?? '1', 10)
  return {
    locale: isLocaleCode(locale) && workingLocales.includes(locale) ? locale : (workingLocales[0] ?? ''),
    ...(isEditorialCollection(collection) ? { collection } : {}),
    ...((translationStatuses as readonly string[]).includes(status ?? '') ? { status: status as TranslationStatus } : {}),
    ...(assignee && /^[\w-]+$/.test(assignee) ? { assignee } : {}),
    ...(flag('outdated') ? { outdated: true } : {}),
    ...(flag('machine') ? { machineTranslated: true } : {}),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

/** The dashboard URL's query string for a query, with some values changed (`undefined` drops a filter). */
export function dashboardSearch(query: DashboardQuery, changes: Partial<DashboardQuery> = {}): string {
  const next = { ...query, page: 1, ...changes }
  const params = new URLSearchParams()
  params.set('locale', next.locale)
  if (next.collection) params.set('collection', next.collection)
  if (next.status) params.set('status', next.status)
  if (next.assignee !== undefined) params.set('assignee', String(next.assignee))
  if (next.outdated) params.set('outdated', '1')
  if (next.machineTranslated) params.set('machine', '1')
  if (next.page > 1) params.set('page', String(next.page))
  return `?${params.toString()}`
}

