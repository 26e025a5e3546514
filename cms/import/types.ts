import type { LocaleCode } from '../locales'

/** What a source entry becomes in Concord. */
export type TargetKind = 'article' | 'page' | 'media'

/** A term a source entry is tagged with (WordPress category or tag, a feed's category). */
export interface SourceTerm {
  /** `category`, `post_tag` or `feed`. */
  taxonomy: string
  slug: string
  name: string
}

/**
 * One post, page, attachment or feed item as the source has it, in one language: the unit the readers produce and
 * the spool keeps on disk. Its `sourceId` is the source's own id, the key that makes a re-run update instead of
 * duplicate.
 */
export interface SourceEntry {
  sourceId: string
  kind: TargetKind
  /** The language as the source names it (`fr_FR`, `zh-hans`), before mapping. */
  sourceLanguage?: string
  /** The Concord locale it maps to; unset when the language is unknown or unmapped. */
  locale?: LocaleCode
  /** Entries with the same group are translations of one another: one Concord item. */
  group?: string
  title: string
  slug?: string
  html: string
  excerpt?: string
  /** `published`, `draft`, or why it is skipped (`trash`, `auto-draft`…). */
  status: 'published' | 'draft' | { skip: string }
  publishedAt?: string
  /** The address the entry had on the old site (the export's permalink / the feed's link). */
  link?: string
  author?: string
  terms: SourceTerm[]
  /** Source id of the featured image (`_thumbnail_id`). */
  featuredImage?: string
  /** For attachments: the file's path relative to the uploads folder, and the address it was served at. */
  attachment?: { file?: string; url?: string; alt?: string }
}

/** A language-independent fact about the whole source: its name and the terms it declares. */
export interface SourceChannel {
  /** `wordpress:<site address>` or `feed:<name>`: which system the source ids belong to. */
  system: string
  siteUrl?: string
  /** Terms by `taxonomy:slug`, with their language and translation group (Polylang). */
  terms: Map<string, SourceTermInfo>
}

export interface SourceTermInfo extends SourceTerm {
  termId?: string
  locale?: LocaleCode
  /** Terms with the same group are translations of one topic. */
  group?: string
}

/** One thing the import reports: an entry (by its source id) and what happened or why not. */
export interface ReportLine {
  sourceId: string
  outcome: 'create' | 'update' | 'unchanged' | 'skip' | 'error' | 'warning'
  reason?: string
  collection?: string
  locales?: LocaleCode[]
}
