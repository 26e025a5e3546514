import type { PayloadRequest } from 'payload'

import { mayActOnTranslation, translationActions, type TranslationAction } from '../access/translationWorkflow'
import { isEditorialCollection, type EditorialCollectionSlug } from '../collectionSlugs'
import { inTransaction } from '../database/inTransaction'
import { queueSiteBuild } from '../publishing/queueSiteBuild'
import { isLocaleCode, type LocaleCode } from '../locales'
import { machineTranslateLocale } from './machineTranslateEmptyFields'
import { unpublishLocale } from './publications'
import { ensureTranslationStates, markTranslationCurrent, titleOf } from './recordTranslationSave'
import {
  findPublications,
  preservingRequest,
  readWorkingCopy,
  recordTranslationEvent,
  updateState,
  userLabels,
} from './store'
import type { TranslationState } from './types'
import { WorkflowRefusal } from './refusal'
import type { AdminMessageKey } from '../i18n/adminMessages'
import { staffMessage, type MessageRequest } from '../i18n/staffMessage'

export interface TranslationActionInput {
  collection: string
  id: number | string
  /** The locale to act on. */
  locale?: string
  /** Several locales at once, all or none (publish Chinese and Arabic together). */
  locales?: string[]
  /** A reviewer's note: required to reject, kept with the event for the others. */
  note?: string
  /** For `assign`: the user to assign the locale to, or null to clear it. */
  assignee?: number | string | null
}

/** The input once checked: an editorial collection. */
type CheckedInput = Omit<TranslationActionInput, 'collection'> & { collection: EditorialCollectionSlug }

/** Refuses in the language of the user's admin (cms/i18n/messages/). */
function refuse(req: MessageRequest, key: AdminMessageKey, status: number, values?: Record<string, unknown>): never {
  throw new WorkflowRefusal(staffMessage(req, key, values), status)
}

export function isTranslationAction(value: unknown): value is TranslationAction {
  return typeof value === 'string' && (translationActions as readonly string[]).includes(value)
}

/**
 * Takes one workflow action on one or more locales of an item, for the request's user, in one transaction: the
 * state change, the publication and the audit event are written together or not at all. Throws a `WorkflowRefusal` with
 * a status (400 bad input, 401 signed out, 403 role, 404 unknown item, 409 wrong state, 501 no machine translator).
 */
export async function performTranslationAction(
  req: PayloadRequest,
  action: TranslationAction,
  input: TranslationActionInput,
): Promise<TranslationState[]> {
  if (!isTranslationAction(action)) refuse(req, 'workflow.unknownAction', 400, { action: String(action) })
  const { collection } = input
  if (!isEditorialCollection(collection)) refuse(req, 'workflow.noWorkflow', 400, { collection })
  if (input.id === undefined || input.id === null || input.id === '') refuse(req, 'workflow.missingId', 400)
  const requested = input.locales ?? (input.locale ? [input.locale] : [])
  if (requested.length === 0) refuse(req, 'workflow.missingLocale', 400)
  for (const locale of requested) if (!isLocaleCode(locale)) refuse(req, 'workflow.unknownLocale', 400, { locale })
  const locales = requested.filter(isLocaleCode)
  const item: CheckedInput = { ...input, collection }
  if (!req.user) refuse(req, 'workflow.signIn', 401)
  for (const locale of locales) {
    if (!mayActOnTranslation(req.user, action, locale)) {
      refuse(req, `workflow.roleCannot.${action}`, 403, { language: locale })
    }
  }
  return inTransaction(req, async () => {
    if (!(await readWorkingCopy(req, collection, input.id, locales[0]))) refuse(req, 'workflow.noSuchItem', 404, { collection, id: input.id })
    const results: TranslationState[] = []
    for (const locale of locales) results.push(await act(req, action, item, locale))
    return results
  })
}

async function act(req: PayloadRequest, action: TranslationAction, input: CheckedInput, locale: LocaleCode): Promise<TranslationState> {
  const { collection, id } = input
  const language = { language: locale }
  const current = async () => (await ensureTranslationStates(req, collection, id)).get(locale)!
  const state = await current()
  const note = input.note?.trim() || null
  const actor = req.user ? { lastActor: req.user.id } : {}
  const event = (name: Parameters<typeof recordTranslationEvent>[1]['action'], eventNote: string | null = note) =>
    recordTranslationEvent(req, { collection, documentId: id, locale, action: name, note: eventNote })
  const unchangedSincePublication = state.status === 'published' && !state.changedSincePublish

  switch (action) {
    case 'submit': {
      if (state.status === 'missing') refuse(req, 'workflow.nothingToSubmit', 409, language)
      if (state.status === 'in_review') refuse(req, 'workflow.alreadyInReview', 409, language)
      if (unchangedSincePublication) refuse(req, 'workflow.unchangedSincePublished', 409, language)
      const next = await updateState(req, state, { status: 'in_review', note, ...actor })
      await event('submitted')
      return next
    }
    case 'approve': {
      if (state.status === 'missing') refuse(req, 'workflow.nothingToApprove', 409, language)
      if (unchangedSincePublication && !state.machineTranslated) refuse(req, 'workflow.publishedAsItIs', 409, language)
      // A person has now reviewed the text: a machine translation may be published from here on.
      const next = await updateState(req, state, { status: 'approved', machineTranslated: false, note, ...actor })
      await event('approved')
      return next
    }
    case 'reject': {
      if (!note) refuse(req, 'workflow.rejectNeedsNote', 400)
      if (state.status !== 'in_review' && state.status !== 'approved') refuse(req, 'workflow.notInReview', 409, language)
      const next = await updateState(req, state, { status: 'draft', note, ...actor })
      await event('rejected')
      return next
    }
    case 'publish': {
      if (state.machineTranslated) {
        refuse(req, 'workflow.machineNeedsApproval', 403, language)
      }
      if (!titleOf(await readWorkingCopy(req, collection, id, locale))) refuse(req, 'workflow.nothingToPublish', 409, language)
      // Payload's own publish of this locale: the main document and a version are written, and the collection's
      // hooks write the locale's publication, its state and the event, as for the admin's Publish button.
      await preservingRequest(req, () =>
        req.payload.update({
          collection,
          id,
          locale,
          data: { _status: 'published' },
          depth: 0,
          overrideAccess: true,
          req,
        }),
      )
      return current()
    }
    case 'unpublish': {
      const publications = await findPublications(req, collection, id)
      if (!publications.some((publication) => publication.locale === locale)) refuse(req, 'workflow.notPublished', 409, language)
      const next = await unpublishLocale(req, { collection, id, locale }, note ?? undefined)
      if (publications.length === 1) {
        // The last published language went: the item as a whole is a draft again, as Payload's Unpublish would leave it.
        await preservingRequest(req, () =>
          req.payload.update({
            collection,
            id,
            locale,
            data: { _status: 'draft' },
            depth: 0,
            overrideAccess: true,
            req,
          }),
        )
      }
      await queueSiteBuild(req, `${collection} ${id} ${locale} unpublished`)
      return (await current()) ?? next
    }
    case 'markCurrent': {
      if (!state.sourceLocale) refuse(req, 'workflow.sourceNeverOutdated', 400, language)
      const next = await markTranslationCurrent(req, state)
      await updateState(req, next, actor)
      await event('marked-current')
      return current()
    }
    case 'machineTranslate': {
      const { paths, translator } = await machineTranslateLocale(req, state)
      const next = await updateState(req, await current(), { machineTranslated: true, ...actor })
      await event('machine-translated', `${translator}: ${paths.join(', ')}`)
      return next
    }
    case 'assign': {
      const assignee = input.assignee ?? null
      let label: string | null = null
      if (assignee !== null) {
        label = (await userLabels(req, [assignee])).get(String(assignee)) ?? null
        if (!label) refuse(req, 'workflow.noSuchUser', 400, { id: assignee })
      }
      const next = await updateState(req, state, { assignee, ...actor })
      await event('assigned', label ? staffMessage(req, 'workflow.assignedTo', { name: label }) : staffMessage(req, 'workflow.unassigned'))
      return next
    }
  }
}
