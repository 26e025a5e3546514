/** The shapes of the translation workflow's records, shared by hooks, actions, the export and the admin views. */
import type { EditorialCollectionSlug } from '../collectionSlugs'
import type { LocaleCode } from '../locales'

export const translationStatuses = ['missing', 'draft', 'in_review', 'approved', 'published'] as const
export type TranslationStatus = (typeof translationStatuses)[number]
// Their names in every admin language: `status.<value>` in cms/i18n/messages/.

export const translationEventActions = [
  'saved',
  'submitted',
  'approved',
  'rejected',
  'published',
  'unpublished',
  'marked-current',
  'machine-translated',
  'imported',
  'assigned',
] as const
export type TranslationEventAction = (typeof translationEventActions)[number]

/** The source text a translated field was last made or brought up to date from. */
export interface RecordedSource {
  sourceHash: string
  sourceText: string
}

type Id = number | string
type Relation = Id | { id: Id } | null | undefined

/** One item's translation state in one locale (`translations` collection). */
export interface TranslationState {
  id: Id
  collection: EditorialCollectionSlug
  documentId: string
  locale: LocaleCode
  title?: string | null
  status: TranslationStatus
  /** A published locale whose working copy has newer draft edits. */
  changedSincePublish?: boolean | null
  /** The locale this translation is made from; null for the source itself. */
  sourceLocale?: LocaleCode | null
  fields?: Record<string, RecordedSource> | null
  outdatedFields?: string[] | null
  /** Mirrors `outdatedFields.length > 0`, so lists can filter on it. */
  outdated?: boolean | null
  machineTranslated?: boolean | null
  assignee?: Relation
  lastActor?: Relation
  publishedAt?: string | null
  /** The last reviewer note (a rejection's reason). */
  note?: string | null
  updatedAt?: string
}

/** What the public may read of one item in one locale (`locale-publications` collection). */
export interface LocalePublication {
  id: Id
  collection: EditorialCollectionSlug
  documentId: string
  locale: LocaleCode
  title?: string | null
  /** The locale's values of the localized fields and the shared fields, as Payload stores them (Lexical JSON). */
  data: Record<string, unknown>
  publishedAt: string
  publishedBy?: Relation
  sourceLocale?: LocaleCode | null
  /** Hashes of the source text each field was translated from, when it was published. */
  sourceHashes?: Record<string, string> | null
}

export interface TranslationEvent {
  id: Id
  collection: EditorialCollectionSlug
  documentId: string
  locale: LocaleCode
  action: TranslationEventAction
  user?: Relation
  note?: string | null
  createdAt: string
}

/** The id inside a relationship value, populated or not. */
export function relationId(value: Relation): Id | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}
