import { defaultLocale, type LocaleCode } from '../locales'
import { readFeeds, type FeedSource } from './feeds'
import { PolylangTerms } from './polylang'
import type { ImportReport } from './report'
import { SpoolWriter, type SpoolRef } from './spool'
import type { SourceEntry, SourceTermInfo, TargetKind } from './types'
import { wordpressEntry } from './wordpressEntries'
import { localeOfWordPressCode } from './wordpressLanguages'
import { attachmentPath } from './mediaFiles'
import { readWxr } from './wxrReader'

/** What the planner needs of an entry without reading it back: small enough to keep for every entry. */
export interface IndexedEntry {
  sourceId: string
  kind: TargetKind
  locale?: LocaleCode
  sourceLanguage?: string
  group: string
  status: SourceEntry['status']
  title: string
  link?: string
  /** For attachments: where its file should be, relative to the uploads folder. */
  attachmentFile?: string
  ref: SpoolRef
  /** A hash of the entry, to tell an unchanged re-run. */
  signature: string
}

export interface ReadSource {
  system: string
  siteUrl?: string
  entries: IndexedEntry[]
  /** Channel terms by `taxonomy:slug`. */
  terms: Record<string, SourceTermInfo>
  /** Attachment addresses (and their size variants' base) → attachment source id, for images shown by address. */
  attachmentsByUrl: Record<string, string>
}

export interface SourceOptions {
  wxr?: string
  feeds?: FeedSource[]
  feedMapping?: string
  defaultLanguage?: LocaleCode
}

/**
 * Streams the source into the spool and indexes it. WordPress: channel terms (Polylang languages and groups,
 * categories, tags) come before the items in a WXR file, so each item is resolved as it is read.
 */
export async function readSource(options: SourceOptions, spool: SpoolWriter, report: ImportReport): Promise<ReadSource> {
  const { createHash } = await import('node:crypto')
  const entries: IndexedEntry[] = []
  const attachmentsByUrl: Record<string, string> = {}
  const terms: Record<string, SourceTermInfo> = {}
  const add = (entry: SourceEntry) => {
    const ref = spool.add(entry)
    entries.push({
      sourceId: entry.sourceId,
      kind: entry.kind,
      locale: entry.locale,
      sourceLanguage: entry.sourceLanguage,
      group: entry.group ?? entry.sourceId,
      status: entry.status,
      title: entry.title,
      link: entry.link,
      attachmentFile: entry.kind === 'media' ? attachmentPath(entry) : undefined,
      ref,
      signature: createHash('sha256').update(JSON.stringify(entry)).digest('base64url').slice(0, 22),
    })
    if (entry.kind === 'media' && entry.attachment?.url) {
      attachmentsByUrl[entry.attachment.url] = entry.sourceId
      attachmentsByUrl[withoutSizeSuffix(entry.attachment.url)] ??= entry.sourceId
    }
  }

  if (options.wxr) {
    const polylang = new PolylangTerms()
    const pendingTerms: { kind: string; term: Record<string, string> }[] = []
    let siteUrl: string | undefined
    // Authors come before the items: an item's `dc:creator` (a login) is recorded as the author's display name.
    const authors = new Map<string, string>()
    await readWxr(options.wxr, {
      onSiteUrl: (url) => (siteUrl = url),
      onAuthor: (author) => {
        const login = author['wp:author_login']
        if (login) authors.set(login, author['wp:author_display_name'] || login)
      },
      onTerm: (kind, term) => {
        if (kind === 'wp:term') polylang.addTerm(term)
        pendingTerms.push({ kind, term })
      },
      onItem: (item) => {
        const entry = wordpressEntry(item, polylang, options.defaultLanguage ?? defaultLocale)
        if ('skip' in entry) report.add({ sourceId: entry.sourceId, outcome: 'skip', reason: entry.skip })
        else add({ ...entry, author: entry.author ? (authors.get(entry.author) ?? entry.author) : undefined })
      },
      onOversizedItem: (line, postId) =>
        report.add({ sourceId: postId ? `post:${postId}` : `line:${line}`, outcome: 'error', reason: 'the item is larger than 16 MB of text' }),
    })
    for (const { kind, term } of pendingTerms) {
      const info = termInfo(kind, term, polylang)
      if (info) terms[`${info.taxonomy}:${info.slug}`] = info
    }
    return { system: `wordpress:${siteUrl ?? 'unknown-site'}`, siteUrl, entries, terms, attachmentsByUrl }
  }
  const feeds = await readFeeds(options.feeds ?? [], options.feedMapping, add, report)
  return { system: feeds.system, siteUrl: feeds.siteUrl, entries, terms, attachmentsByUrl }
}

/** `photo-300x200.jpg` is a size WordPress made of `photo.jpg`: both are the same attachment. */
export function withoutSizeSuffix(url: string): string {
  return url.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')
}

function termInfo(kind: string, term: Record<string, string>, polylang: PolylangTerms): SourceTermInfo | undefined {
  const taxonomy = kind === 'wp:category' ? 'category' : kind === 'wp:tag' ? 'post_tag' : term['wp:term_taxonomy']
  if (taxonomy !== 'category' && taxonomy !== 'post_tag') return undefined
  const slug = (kind === 'wp:category' ? term['wp:category_nicename'] : kind === 'wp:tag' ? term['wp:tag_slug'] : term['wp:term_slug']) ?? ''
  const name = (kind === 'wp:category' ? term['wp:cat_name'] : kind === 'wp:tag' ? term['wp:tag_name'] : term['wp:term_name']) ?? slug
  const termId = term['wp:term_id']
  const translation = termId ? polylang.termGroups.get(termId) : undefined
  const locale = translation ? localeOfWordPressCode(polylang.languages.get(translation.language) ?? translation.language) : undefined
  return { taxonomy, slug, name, termId, locale, group: translation?.group }
}
