import type { PayloadRequest, Where } from 'payload'

import { workingLocales } from '../access/translationWorkflow'
import { collectionSlugs, type EditorialCollectionSlug } from '../collectionSlugs'
import { localeCodes, type LocaleCode } from '../locales'
import { translationStatuses, type TranslationState, type TranslationStatus } from './types'

/** One locale's row of the dashboard. */
export type LocaleCounts = Record<TranslationStatus, number> & {
  /** Translations with at least one field behind its source. */
  outdated: number
  /** Machine translations no person has approved yet. */
  machineTranslated: number
  /** Published, with newer draft edits. */
  changedSincePublish: number
  total: number
}

export interface TranslationFilter {
  collection?: EditorialCollectionSlug
  status?: TranslationStatus
  /** A user id, or `none` for unassigned items. */
  assignee?: number | string
  outdated?: boolean
  machineTranslated?: boolean
}

type Viewer = Pick<PayloadRequest, 'payload' | 'user'>

function filterWhere(filter: TranslationFilter, locales: LocaleCode[]): Where {
  const and: Where[] = [{ locale: { in: locales } }]
  if (filter.collection) and.push({ collection: { equals: filter.collection } })
  if (filter.status) and.push({ status: { equals: filter.status } })
  if (filter.assignee === 'none') and.push({ assignee: { exists: false } })
  else if (filter.assignee !== undefined) and.push({ assignee: { equals: filter.assignee } })
  if (filter.outdated !== undefined) and.push({ outdated: { equals: filter.outdated } })
  if (filter.machineTranslated !== undefined) and.push({ machineTranslated: { equals: filter.machineTranslated } })
  return { and }
}

/** The locales a user works on: translators and reviewers their assigned ones, editors and admins all. */
export function dashboardLocales(user: unknown): LocaleCode[] {
  return workingLocales(user, localeCodes)
}

/**
 * Counts per locale of what the dashboard shows — missing, draft, in review, approved, published, outdated,
 * machine-translated — over the locales the user works on, optionally narrowed by collection and assignee.
 */
export async function translationCounts(viewer: Viewer, filter: Omit<TranslationFilter, 'status'>): Promise<Record<string, LocaleCounts>> {
  const locales = dashboardLocales(viewer.user)
  const { docs } = await viewer.payload.find({
    collection: collectionSlugs.translations,
    where: filterWhere(filter, locales),
    select: { locale: true, status: true, outdated: true, machineTranslated: true, changedSincePublish: true },
    pagination: false,
    depth: 0,
    user: viewer.user,
    overrideAccess: false,
  })
  const counts: Record<string, LocaleCounts> = {}
  for (const locale of locales) {
    counts[locale] = {
      ...(Object.fromEntries(translationStatuses.map((status) => [status, 0])) as Record<TranslationStatus, number>),
      outdated: 0,
      machineTranslated: 0,
      changedSincePublish: 0,
      total: 0,
    }
  }
  for (const state of docs) {
    const row = counts[state.locale]
    if (!row) continue
    row[state.status]++
    row.total++
    if (state.outdated) row.outdated++
    if (state.machineTranslated) row.machineTranslated++
    if (state.changedSincePublish) row.changedSincePublish++
  }
  return counts
}

/**
 * The translation states of one locale, newest change first, filtered as the dashboard asks; empty for a locale the
 * user does not work on.
 *
 * @example translationStates(req, { locale: 'zh', status: 'in_review', collection: 'articles' })
 */
export async function translationStates(
  viewer: Viewer,
  { locale, page = 1, limit = 50, ...filter }: TranslationFilter & { locale: LocaleCode; page?: number; limit?: number },
) {
  const locales = dashboardLocales(viewer.user).filter((code) => code === locale)
  if (locales.length === 0) return { docs: [] as TranslationState[], totalDocs: 0, page: 1, totalPages: 0, limit }
  const result = await viewer.payload.find({
    collection: collectionSlugs.translations,
    where: filterWhere(filter, locales),
    sort: '-updatedAt',
    page,
    limit,
    depth: 0,
    user: viewer.user,
    overrideAccess: false,
  })
  return {
    docs: result.docs as unknown as TranslationState[],
    totalDocs: result.totalDocs,
    page: result.page ?? page,
    totalPages: result.totalPages,
    limit,
  }
}
