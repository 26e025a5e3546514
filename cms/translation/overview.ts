import type { PayloadRequest } from 'payload'

import { mayActOnTranslation, translationActions, type TranslationAction } from '../access/translationWorkflow'
import type { EditorialCollectionSlug } from '../collectionSlugs'
import type { LocaleCode } from '../locales'
import { machineTranslator } from './machineTranslationProviders'
import { ensureTranslationStates } from './recordTranslationSave'
import { sourceDiff, type SourceDiff } from './sourceDiff'
import { findEvents, findPublications, userLabels } from './store'
import { relationId, type TranslationEventAction, type TranslationState } from './types'

export interface TranslationOverview {
  state: TranslationState
  published: { publishedAt: string; publishedBy: string | null } | null
  assignee: string | null
  /** The outdated fields, each with the diff of its source since the translation was brought up to date. */
  outdated: SourceDiff[]
  events: { action: TranslationEventAction; user: string | null; note: string | null; createdAt: string }[]
  /** The actions this user may take now, given their role and the locale's state. */
  actions: TranslationAction[]
}

/** Whether an action makes sense in a state (the action itself refuses with a reason when it does not). */
function fitsState(action: TranslationAction, state: TranslationState, published: boolean): boolean {
  const unchanged = state.status === 'published' && !state.changedSincePublish
  switch (action) {
    case 'submit':
      return state.status !== 'missing' && state.status !== 'in_review' && !unchanged
    case 'approve':
      return state.status !== 'missing' && state.status !== 'approved' && (!unchanged || Boolean(state.machineTranslated))
    case 'reject':
      return state.status === 'in_review' || state.status === 'approved'
    case 'publish':
      return state.status !== 'missing' && !state.machineTranslated && !unchanged
    case 'unpublish':
      return published
    case 'markCurrent':
      return Boolean(state.sourceLocale) && Boolean(state.outdated)
    case 'machineTranslate':
      return Boolean(state.sourceLocale) && machineTranslator() !== null
    case 'assign':
      return true
  }
}

/** Everything the edit view's translation panel shows for one locale of an item. */
export async function translationOverview(
  req: PayloadRequest,
  { collection, id, locale }: { collection: EditorialCollectionSlug; id: number | string; locale: LocaleCode },
): Promise<TranslationOverview> {
  const state = (await ensureTranslationStates(req, collection, id)).get(locale)!
  const publication = (await findPublications(req, collection, id)).find((one) => one.locale === locale)
  const events = await findEvents(req, { collection, documentId: id, locale }, 10)
  const labels = await userLabels(req, [
    relationId(state.assignee),
    relationId(publication?.publishedBy),
    ...events.map((event) => relationId(event.user)),
  ])
  const label = (value: Parameters<typeof relationId>[0]) => labels.get(String(relationId(value))) ?? null
  const outdated: SourceDiff[] = []
  for (const path of state.outdatedFields ?? []) {
    const diff = await sourceDiff(req, { collection, id, locale, path })
    if (diff) outdated.push(diff)
  }
  return {
    state,
    published: publication ? { publishedAt: publication.publishedAt, publishedBy: label(publication.publishedBy) } : null,
    assignee: label(state.assignee),
    outdated,
    events: events.map((event) => ({ action: event.action, user: label(event.user), note: event.note ?? null, createdAt: event.createdAt })),
    actions: translationActions.filter(
      (action) => action !== 'assign' && mayActOnTranslation(req.user, action, locale) && fitsState(action, state, Boolean(publication)),
    ),
  }
}
