import type { Payload } from 'payload'

import { collectionSlugs } from '../collectionSlugs'
import { localeCodes, type LocaleCode } from '../locales'
import { localAttachmentFile } from './mediaFiles'
import { redirectablePath } from './oldAddress'
import type { IndexedEntry, ReadSource } from './readSource'
import type { ImportReport } from './report'
import type { SpoolRef } from './spool'
import type { SourceTermInfo, TargetKind } from './types'
import { duplicateOfPrefix } from './wpml'

export type ImportCollection = typeof collectionSlugs.articles | typeof collectionSlugs.pages | typeof collectionSlugs.media

export const collectionOfKind: Record<TargetKind, ImportCollection> = {
  article: collectionSlugs.articles,
  page: collectionSlugs.pages,
  media: collectionSlugs.media,
}

/** One entry of a planned item: a translation in one locale. */
export interface PlannedMember {
  sourceId: string
  locale: LocaleCode
  ref: SpoolRef
  signature: string
  published: boolean
  /** The decoded old path to redirect from, when it can be known. */
  oldPath?: string
}

/** One Concord item to write: the translations of one source post, one per locale, default locale first. */
export interface PlannedGroup {
  key: string
  collection: ImportCollection
  members: PlannedMember[]
  action: 'create' | 'update' | 'unchanged'
  /** The item an earlier import made of it. */
  itemId?: string
}

/** Everything the writer needs, serialisable so that writer processes can be handed it as a file. */
export interface ImportPlan {
  system: string
  siteUrl?: string
  spoolFile: string
  filesDir?: string
  allowNetwork: boolean
  /** Media first (items show them), then pages and articles. */
  groups: PlannedGroup[]
  terms: Record<string, SourceTermInfo>
  attachmentsByUrl: Record<string, string>
}

const kindOrder: Record<ImportCollection, number> = { media: 0, pages: 1, articles: 2 }

/**
 * Groups the source's entries into Concord items and decides, for each, create, update or unchanged (the source ids
 * an earlier import recorded, and their signatures). Entries that cannot be imported are reported with the reason:
 * skipped statuses, languages Concord does not have, a second translation in the same language, a missing title;
 * old addresses that cannot become redirects are reported as warnings (the item is still imported).
 */
export async function planImport(
  payload: Payload,
  source: ReadSource,
  report: ImportReport,
  options: { spoolFile: string; filesDir?: string; allowNetwork?: boolean },
): Promise<ImportPlan> {
  const groups = new Map<string, PlannedGroup>()
  const unmapped = new Map<string, number>()
  const oldPaths = new Map<string, string>()
  const groupOf = new Map(source.entries.map((entry) => [entry.sourceId, entry.group]))
  for (const entry of source.entries) {
    if (entry.group.startsWith(duplicateOfPrefix)) {
      const original = `post:${entry.group.slice(duplicateOfPrefix.length)}`
      entry.group = groupOf.get(original) ?? original
    }
    const problem = entryProblem(entry)
    if (problem) {
      report.add({ sourceId: entry.sourceId, ...problem })
      if (!entry.locale && entry.sourceLanguage) unmapped.set(entry.sourceLanguage, (unmapped.get(entry.sourceLanguage) ?? 0) + 1)
      continue
    }
    const collection = collectionOfKind[entry.kind]
    if (collection === collectionSlugs.media && !options.allowNetwork) {
      // Found now, so a dry run already says which images will be missing.
      const found = localAttachmentFile(entry.attachmentFile, options.filesDir)
      if ('problem' in found) {
        report.add({ sourceId: entry.sourceId, outcome: 'error', reason: found.problem, collection })
        continue
      }
    }
    const key = `${collection}:${entry.group}`
    const group = groups.get(key) ?? { key, collection, members: [], action: 'create' as const }
    groups.set(key, group)
    const locale = entry.locale!
    const twin = group.members.find((member) => member.locale === locale)
    if (twin) {
      report.add({ sourceId: entry.sourceId, outcome: 'skip', reason: `${twin.sourceId} is already its translation in ${locale}` })
      continue
    }
    const member: PlannedMember = { sourceId: entry.sourceId, locale, ref: entry.ref, signature: entry.signature, published: entry.status === 'published' }
    if (collection !== collectionSlugs.media) {
      const old = redirectablePath(entry.link)
      if ('path' in old) {
        const holder = oldPaths.get(old.path)
        if (holder) report.add({ sourceId: entry.sourceId, outcome: 'warning', reason: `its old address ${old.path} is also ${holder}'s: only the first redirects` })
        else {
          oldPaths.set(old.path, entry.sourceId)
          member.oldPath = old.path
        }
      } else report.add({ sourceId: entry.sourceId, outcome: 'warning', reason: `old address not kept: ${old.problem}` })
    }
    group.members.push(member)
  }
  for (const [language, count] of unmapped) {
    report.add({ sourceId: `language:${language}`, outcome: 'warning', reason: `${count} entries are in "${language}", which is not one of Concord's locales (${localeCodes.join(', ')})` })
  }

  const ordered = [...groups.values()].sort((a, b) => kindOrder[a.collection] - kindOrder[b.collection])
  for (const group of ordered) group.members.sort((a, b) => localeCodes.indexOf(a.locale) - localeCodes.indexOf(b.locale))
  await matchEarlierImports(payload, source.system, ordered)
  return {
    system: source.system,
    siteUrl: source.siteUrl,
    spoolFile: options.spoolFile,
    filesDir: options.filesDir,
    allowNetwork: options.allowNetwork ?? false,
    groups: ordered,
    terms: source.terms,
    attachmentsByUrl: source.attachmentsByUrl,
  }
}

function entryProblem(entry: IndexedEntry): { outcome: 'skip' | 'error'; reason: string } | undefined {
  if (typeof entry.status === 'object') return { outcome: 'skip', reason: `not imported: ${entry.status.skip}` }
  if (!entry.locale) {
    return { outcome: 'skip', reason: entry.sourceLanguage ? `language "${entry.sourceLanguage}" is not one of Concord's locales` : 'its language is unknown' }
  }
  if (!entry.title && entry.kind !== 'media') return { outcome: 'error', reason: 'it has no title' }
  return undefined
}

/** Marks groups an earlier import wrote as update (or unchanged when every entry's signature is the same). */
async function matchEarlierImports(payload: Payload, system: string, groups: PlannedGroup[]) {
  const batch = 200
  const members = groups.flatMap((group) => group.members.map((member) => ({ group, member })))
  for (let start = 0; start < members.length; start += batch) {
    const slice = members.slice(start, start + batch)
    const { docs } = await payload.find({
      collection: collectionSlugs.importRecords,
      where: { and: [{ system: { equals: system } }, { sourceId: { in: slice.map(({ member }) => member.sourceId) } }] },
      limit: batch,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const records = new Map(docs.map((doc) => [doc.sourceId, doc]))
    for (const { group, member } of slice) {
      const record = records.get(member.sourceId)
      if (!record || record.collection !== group.collection) continue
      group.itemId ??= record.item
      ;(member as PlannedMember & { recorded?: string }).recorded = record.signature ?? ''
    }
  }
  for (const group of groups) {
    if (!group.itemId) continue
    const unchanged = group.members.every((member) => (member as PlannedMember & { recorded?: string }).recorded === member.signature)
    group.action = unchanged ? 'unchanged' : 'update'
    for (const member of group.members) delete (member as PlannedMember & { recorded?: string }).recorded
  }
}
