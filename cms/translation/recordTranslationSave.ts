import type { PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { collectionFields } from '../fields/collectionFields'
import type { EditorialCollectionSlug } from '../collectionSlugs'
import { defaultLocale, localeCodes, type LocaleCode } from '../locales'
import { plainText } from './plainText'
import { textHash } from './textHash'
import { translatableValues } from './translatableFields'
import {
  createState,
  findStates,
  readWorkingCopy,
  recordTranslationEvent,
  updateState,
} from './store'
import type { RecordedSource, TranslationState } from './types'

type Doc = Record<string, unknown>

/** The item's title in a locale, for lists: its own, else empty. */
export function titleOf(doc: Doc | null | undefined): string {
  const title = doc?.title ?? doc?.name
  return typeof title === 'string' ? title : ''
}

/** What a translation records about a source field when it is made or brought up to date. */
export function recordSource(value: unknown): RecordedSource {
  const sourceText = plainText(value)
  return { sourceHash: textHash(sourceText), sourceText }
}

/** Paths whose source text changed since the translation recorded it; paths the source no longer has are not. */
export function outdatedPaths(recorded: Record<string, RecordedSource>, source: Map<string, unknown>): string[] {
  return Object.entries(recorded)
    .filter(([path, record]) => source.has(path) && textHash(plainText(source.get(path))) !== record.sourceHash)
    .map(([path]) => path)
    .sort()
}

/** The translation states of an item in every locale, creating the missing ones (status `missing`). */
export async function ensureTranslationStates(
  req: PayloadRequest,
  collection: EditorialCollectionSlug,
  documentId: number | string,
): Promise<Map<LocaleCode, TranslationState>> {
  const states = new Map((await findStates(req, collection, documentId)).map((state) => [state.locale, state]))
  for (const locale of localeCodes) {
    if (states.has(locale)) continue
    states.set(
      locale,
      await createState(req, {
        collection,
        documentId: String(documentId),
        locale,
        status: 'missing',
        sourceLocale: locale === defaultLocale ? null : defaultLocale,
        fields: {},
        outdatedFields: [],
        outdated: false,
        machineTranslated: false,
        changedSincePublish: false,
      }),
    )
  }
  return states
}

/** What a save's tracking already read, for the publication step of the same save (keyed by the saved `doc`). */
export interface SaveReads {
  states: Map<LocaleCode, TranslationState>
  current: Doc | null
}
const readsOfSave = new WeakMap<object, SaveReads>()

/** The reads `recordTranslationSave` made for this saved document, if it ran in the same save. */
export function savedReads(doc: object): SaveReads | undefined {
  return readsOfSave.get(doc)
}

/**
 * Per request, each item's translatable values in each locale as last read or saved: a translation's save needs its
 * source's texts, and the seed saves eleven locales of an item in one request while the source stays the same.
 */
const valuesOfRequest = new WeakMap<object, Map<string, Map<string, unknown>>>()
function requestValues(req: PayloadRequest) {
  let values = valuesOfRequest.get(req)
  if (!values) valuesOfRequest.set(req, (values = new Map()))
  return values
}

export interface SaveInput {
  collection: EditorialCollectionSlug
  id: number | string
  /** The locale that was saved. */
  locale: LocaleCode
  /** The same locale's values before the save (Payload's `previousDoc`); none on create. */
  previous?: Doc | null
  /** The save also publishes the locale: the publication step sets the status. */
  publishing?: boolean
  /** Leave the `saved` event out (the caller records a more precise one). */
  quiet?: boolean
  /** The saved document as the hooks receive it: the reads made here are kept for the publication step. */
  doc?: object
}

/**
 * Brings the translation states of an item up to date after one of its locales was saved:
 * - a translation's changed fields record the current source text (that translation is now current for them);
 * - translations made from the saved locale get their outdated fields recomputed against its new text;
 * - the saved locale's status moves (missing → draft; a published locale is marked as changed since publication).
 * Another translation's change never marks anything outdated. Called by the collections' `afterChange` hook; call it
 * after writing a locale outside Payload's hooks (with `context.skipTranslationTracking`).
 */
export async function recordTranslationSave(req: PayloadRequest, input: SaveInput): Promise<TranslationState> {
  const { collection, id, locale } = input
  const fields = collectionFields(req.payload, collection)
  const states = await ensureTranslationStates(req, collection, id)
  const working = new Map<LocaleCode, Doc | null>()
  const read = async (code: LocaleCode) => {
    if (!working.has(code)) working.set(code, await readWorkingCopy(req, collection, id, code))
    return working.get(code)!
  }

  const current = await read(locale)
  const values = translatableValues(fields, current)
  const known = requestValues(req)
  known.set(`${collection}:${id}:${locale}`, values)
  const sourceValues = async (code: LocaleCode) => {
    const key = `${collection}:${id}:${code}`
    if (!known.has(key)) known.set(key, translatableValues(fields, await read(code)))
    return known.get(key)!
  }
  const before = translatableValues(fields, input.previous)
  const changedPaths = [...values.keys()].filter((path) => !before.has(path) || textHash(plainText(before.get(path))) !== textHash(plainText(values.get(path))))
  const anyChange = changedPaths.length > 0 || [...before.keys()].some((path) => !values.has(path))

  let saved = states.get(locale)!
  const patch: Partial<TranslationState> = { title: titleOf(current) || saved.title || null }
  if (req.user) patch.lastActor = req.user.id

  const sourceLocale = saved.sourceLocale
  if (sourceLocale && sourceLocale !== locale) {
    const source = await sourceValues(sourceLocale)
    const recorded = { ...(saved.fields ?? {}) }
    for (const path of values.keys()) {
      if (source.has(path) && (!recorded[path] || changedPaths.includes(path))) recorded[path] = recordSource(source.get(path))
    }
    patch.fields = recorded
    patch.outdatedFields = outdatedPaths(recorded, source)
    patch.outdated = patch.outdatedFields.length > 0
    if (!titleOf(current) && !saved.title) patch.title = titleOf(await read(sourceLocale)) || null
  }

  if (!input.publishing) {
    if (values.size === 0 && !saved.publishedAt) patch.status = 'missing'
    else if (saved.status === 'missing') patch.status = 'draft'
    else if (saved.status === 'published' && anyChange) patch.changedSincePublish = true
    // An approval covers the text that was approved: a translator's later change needs a new review.
    else if (saved.status === 'approved' && anyChange && hasRole(req.user, 'translator')) patch.status = 'draft'
  }
  saved = await updateState(req, saved, patch)
  states.set(locale, saved)

  // Translations made from this locale: their recorded source texts are compared with its new text.
  for (const state of states.values()) {
    if (state.locale === locale || state.sourceLocale !== locale) continue
    const outdated = outdatedPaths(state.fields ?? {}, values)
    const ownTitle = state.status !== 'missing'
    const next = await updateState(req, state, {
      outdatedFields: outdated,
      outdated: outdated.length > 0,
      ...(ownTitle ? {} : { title: titleOf(current) || state.title || null }),
    })
    states.set(state.locale, next)
  }
  if (input.doc) readsOfSave.set(input.doc, { states, current })

  if (!input.publishing && !input.quiet && anyChange && req.user && !req.context.seeding) {
    await recordTranslationEvent(req, { collection, documentId: id, locale, action: 'saved' })
  }
  return saved
}

/**
 * Records the current source text for every translated field of a locale, so none is outdated any more: the
 * translator has checked that the source changes need no change to the translation ("mark as current").
 */
export async function markTranslationCurrent(req: PayloadRequest, state: TranslationState): Promise<TranslationState> {
  if (!state.sourceLocale) return state
  const fields = collectionFields(req.payload, state.collection)
  const source = translatableValues(fields, await readWorkingCopy(req, state.collection, state.documentId, state.sourceLocale))
  const target = translatableValues(fields, await readWorkingCopy(req, state.collection, state.documentId, state.locale))
  const recorded = { ...(state.fields ?? {}) }
  for (const path of new Set([...Object.keys(recorded), ...target.keys()])) {
    if (source.has(path)) recorded[path] = recordSource(source.get(path))
  }
  const outdated = outdatedPaths(recorded, source)
  return updateState(req, state, { fields: recorded, outdatedFields: outdated, outdated: outdated.length > 0 })
}
