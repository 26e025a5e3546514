import fs from 'node:fs'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import { collectionConfig } from '../collections'
import { collectionSlugs, editorialCollections, isEditorialCollection } from '../collectionSlugs'
import { defaultLocale, localeCodes } from '../locales'
import { linkOrCopy, type StoredUpload, storedUploadReader } from '../storage/storedUploads'
import { outdatedPublishedFields } from '../translation/publications'
import type { LocalePublication } from '../translation/types'
import { carryExportedItem, type ExportChanges, type ListedItem, readList, writeChanges, writeExportedItem, writeList } from '../../publishing/format/exportFiles'
import { type ExportedItem, exportedUploadsDir, exportFormat, type ExportManifest, readManifest, writeManifest } from '../../publishing/format/exportFormat'
import { assemblePublishedDocument } from '../translation/assemblePublished'
import { detailFieldNames } from './detailFields'
import { exportDocument, exportFields } from './exportDocument'

/** Collections the public site is built from. */
export const exportedCollections = [
  ...editorialCollections,
  collectionSlugs.topics,
  collectionSlugs.countries,
  collectionSlugs.media,
  collectionSlugs.files,
  collectionSlugs.redirects,
] as const

/**
 * Writes what the public may see to `outDir/<collection>.json` (and each item's long fields to
 * `outDir/<collection>/<id>.json`: see publishing/format/), read through the Local API as an anonymous reader
 * (`overrideAccess: false`), with rich text as sanitized HTML and uploaded files linked under `outDir/uploads/`.
 * Editorial items come from their per-locale publications (`locale-publications`), so an item is exported in the
 * locales that were published and nothing else: drafts, scheduled items not yet published and unpublished or
 * unfinished translations never reach the export. Other collections (taxonomies, media) are read directly. The export is written to a temporary folder
 * and renamed into place, so a failed export leaves the previous one intact.
 */
export async function exportPublished(payload: Payload, outDir: string, options: { previous?: string } = {}): Promise<ExportManifest> {
  const startedAt = new Date().toISOString()
  const previous = options.previous ? readPreviousExport(options.previous) : undefined
  const staging = `${outDir}.tmp-${process.pid}-${Date.now()}`
  fs.mkdirSync(path.join(staging, 'uploads'), { recursive: true })
  try {
    const counts: Record<string, number> = {}
    const lists = new Map<string, ListedItem[]>()
    const changes: ExportChanges | undefined = previous && { since: previous.exportedAt, collections: {} }
    for (const collection of exportedCollections) {
      const detailNames = detailFieldNames(collectionConfig(collection).fields)
      const items = previous
        ? await exportChanges(payload, collection, staging, previous, detailNames, changes!)
        : await exportListed(payload, collection, staging, detailNames)
      counts[collection] = items.length
      writeList(staging, collection, items)
      lists.set(collection, items)
    }
    const manifest: ExportManifest = { format: exportFormat, exportedAt: new Date().toISOString(), startedAt, defaultLocale, locales: localeCodes, counts }
    if (changes) writeChanges(staging, changes)
    writeManifest(staging, manifest)
    lastWritten = { exportedAt: manifest.exportedAt, lists }
    const replaced = `${outDir}.old-${process.pid}-${Date.now()}`
    if (fs.existsSync(outDir)) fs.renameSync(outDir, replaced)
    fs.renameSync(staging, outDir)
    fs.rmSync(replaced, { recursive: true, force: true })
    return manifest
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true })
    throw error
  }
}

/** Editorial items read from the database at a time: the export's memory stays flat however large the site. */
const batchSize = 250

/** Exports a collection's items (or those named), writing each as it comes; returns their list entries. */
async function exportListed(payload: Payload, collection: string, staging: string, detailNames: string[], ids?: (number | string)[]): Promise<ListedItem[]> {
  const write = (item: ExportedItem) => writeExportedItem(staging, collection, item, detailNames)
  if (!isEditorialCollection(collection)) return (await exportCollection(payload, collection, staging, ids)).map(write)
  const all = ids ?? (await publishedItemIds(payload, collection))
  const listed: ListedItem[] = []
  for (let first = 0; first < all.length; first += batchSize) {
    for (const item of await exportPublications(payload, collection, all.slice(first, first + batchSize))) listed.push(write(item))
  }
  return listed
}

/** The items of an editorial collection with at least one published locale. */
async function publishedItemIds(payload: Payload, collection: string): Promise<string[]> {
  const { docs } = await payload.find({
    collection: collectionSlugs.localePublications as never,
    where: { collection: { equals: collection } },
    select: { documentId: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return [...new Set((docs as unknown as LocalePublication[]).map((publication) => publication.documentId))]
}

async function exportCollection(payload: Payload, collection: string, staging: string, ids?: (number | string)[]): Promise<ExportedItem[]> {
  const config = collectionConfig(collection)
  const { docs } = await payload.find({
    collection: collection as never,
    where: ids ? { id: { in: ids } } : undefined,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  if (config.upload) await exportUploads(payload, collection, docs as StoredUpload[], staging)
  return docs.map((doc: Record<string, unknown>) => exportDocument(collection, doc))
}

/**
 * The lists of the export this process wrote last, by its `exportedAt`: the next publish starts from them rather
 * than parsing them again (40 MB of articles at size M, 0.4 s). Another export (an older one left live by a failed
 * build, one written by another process) is read from its files.
 */
let lastWritten: { exportedAt: string; lists: Map<string, ListedItem[]> } | undefined

interface PreviousExport {
  dir: string
  exportedAt: string
  /** Its lists, when this process wrote it. */
  lists?: Map<string, ListedItem[]>
  /** Changes after this moment are re-read; everything else is taken from the previous export. */
  since: string
}

function readPreviousExport(dir: string): PreviousExport | undefined {
  try {
    const manifest = readManifest(dir)
    if (manifest.format !== exportFormat || !manifest.startedAt || manifest.defaultLocale !== defaultLocale || manifest.locales.join() !== localeCodes.join()) return undefined
    // A second's margin: a save committed while the previous export was starting is read again rather than missed.
    const lists = lastWritten?.exportedAt === manifest.exportedAt ? lastWritten.lists : undefined
    return { dir, exportedAt: manifest.exportedAt, lists, since: new Date(Date.parse(manifest.startedAt) - 1000).toISOString() }
  } catch {
    return undefined
  }
}

/**
 * The export after a publish: the previous export's items, with only those changed, added or removed since read
 * again. Reading a few items instead of tens of thousands keeps publish-to-live short as the site grows. What
 * differs from the previous export is noted in `changes`.
 */
async function exportChanges(
  payload: Payload,
  collection: string,
  staging: string,
  previous: PreviousExport,
  detailNames: string[],
  changes: ExportChanges,
): Promise<ListedItem[]> {
  const before = previous.lists?.get(collection) ?? readList(previous.dir, collection)
  const stamps = await changeStamps(payload, collection, { since: previous.since, before })
  const beforeById = new Map(before.map((item) => [String(item.id), item]))
  const changed = [...stamps].filter(([id, stamp]) => {
    const old = beforeById.get(id)
    return !old || stamp.updatedAt > previous.since || (stamp.locales !== undefined && stamp.locales.join() !== old.locales.join())
  })
  const numericIds = payload.db.defaultIDType === 'number'
  const fresh = changed.length > 0 ? await exportListed(payload, collection, staging, detailNames, changed.map(([id]) => (numericIds ? Number(id) : id))) : []
  const freshById = new Map(fresh.map((item) => [String(item.id), item]))
  const config = collectionConfig(collection)
  const items: ListedItem[] = []
  for (const id of stamps.keys()) {
    const fresh = freshById.get(id)
    if (fresh) {
      items.push(fresh)
      continue
    }
    const item = beforeById.get(id)
    if (!item) continue
    if (config.upload) linkOrCopy(path.join(exportedUploadsDir(previous.dir, collection), String(item.data.filename)), path.join(exportedUploadsDir(staging, collection), String(item.data.filename)))
    items.push(carryExportedItem(previous.dir, staging, collection, item))
  }
  const differing = fresh.filter((item) => beforeById.get(String(item.id))?.signature !== item.signature)
  const removed = [...beforeById.keys()].filter((id) => !stamps.has(id))
  if (differing.length > 0 || removed.length > 0) changes.collections[collection] = { changed: differing, removed }
  return items
}

type Stamp = { updatedAt: string; locales?: string[] }

/** Per item, when it last changed (and for editorial items, which locales are published), read without the content. */
async function changeStamps(payload: Payload, collection: string, previous: { since: string; before: ListedItem[] }): Promise<Map<string, Stamp>> {
  if (isEditorialCollection(collection)) {
    return (await stampsFromRecentPublications(payload, collection, previous)) ?? publicationStamps(payload, collection)
  }
  const { docs } = await payload.find({
    collection: collection as never,
    select: { updatedAt: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return new Map(docs.map((doc: Record<string, unknown>) => [String(doc.id), { updatedAt: String(doc.updatedAt) }]))
}

/** Every publication of a collection, folded per item. */
async function publicationStamps(payload: Payload, collection: string, where: Where[] = []): Promise<Map<string, Required<Stamp>>> {
  const { docs } = await payload.find({
    collection: collectionSlugs.localePublications as never,
    where: { and: [{ collection: { equals: collection } }, ...where] },
    select: { documentId: true, locale: true, updatedAt: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  const stamps = new Map<string, Required<Stamp>>()
  for (const publication of docs as unknown as (LocalePublication & { updatedAt: string })[]) {
    const stamp = stamps.get(publication.documentId) ?? { updatedAt: '', locales: [] }
    if (String(publication.updatedAt) > stamp.updatedAt) stamp.updatedAt = String(publication.updatedAt)
    stamp.locales.push(publication.locale)
    stamps.set(publication.documentId, stamp)
  }
  for (const stamp of stamps.values()) stamp.locales = localeCodes.filter((code) => stamp.locales.includes(code))
  return stamps
}

/**
 * The stamps after a publish without reading every publication (60,000 rows at 10,000 articles in six languages):
 * the previous export's items, with the publications written since. Every publication now is either one the previous
 * export had or one written since, so when their count equals the count of those pairs of item and locale, none
 * was removed (unpublished or deleted) and the stamps are right. Otherwise undefined, and every publication is read.
 */
async function stampsFromRecentPublications(
  payload: Payload,
  collection: string,
  previous: { since: string; before: ListedItem[] },
): Promise<Map<string, Stamp> | undefined> {
  const recent = await publicationStamps(payload, collection, [{ updatedAt: { greater_than: previous.since } }])
  const pairs = new Set(previous.before.flatMap((item) => item.locales.map((locale) => `${String(item.id)}\0${locale}`)))
  for (const [id, stamp] of recent) for (const locale of stamp.locales) pairs.add(`${id}\0${locale}`)
  const { totalDocs } = await payload.count({
    collection: collectionSlugs.localePublications as never,
    where: { collection: { equals: collection } },
    overrideAccess: false,
  })
  if (totalDocs !== pairs.size) return undefined
  const stamps = new Map<string, Stamp>(previous.before.map((item) => [String(item.id), { updatedAt: item.updatedAt, locales: item.locales }]))
  for (const [id, fresh] of recent) {
    const locales = new Set([...(stamps.get(id)?.locales ?? []), ...fresh.locales])
    stamps.set(id, { updatedAt: fresh.updatedAt, locales: localeCodes.filter((code) => locales.has(code)) })
  }
  return stamps
}

/**
 * One exported item per item with at least one published locale: its locales are the published ones, localized
 * fields come from each locale's publication, and the fields all locales share from the most recent publication.
 */
async function exportPublications(payload: Payload, collection: string, ids?: (number | string)[]): Promise<ExportedItem[]> {
  const config = collectionConfig(collection)
  const { docs } = await payload.find({
    collection: collectionSlugs.localePublications as never,
    where: { and: [{ collection: { equals: collection } }, ...(ids ? [{ documentId: { in: ids.map(String) } }] : [])] },
    sort: 'publishedAt',
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  const byItem = Map.groupBy(docs as unknown as LocalePublication[], (publication) => publication.documentId)
  const numericIds = payload.db.defaultIDType === 'number'
  return [...byItem].map(([documentId, publications]) => {
    const latest = publications.reduce((newest, one) => (one.publishedAt > newest.publishedAt ? one : newest))
    const published = localeCodes.filter((code) => publications.some((publication) => publication.locale === code))
    const doc = assemblePublishedDocument(
      config.fields,
      new Map(publications.map((publication) => [publication.locale, publication.data])),
      published,
      latest.data,
    )
    const outdated = outdatedPublishedFields({ payload }, collection, publications)
    return {
      id: numericIds ? Number(documentId) : documentId,
      updatedAt: latest.publishedAt,
      locales: published,
      data: exportFields(config.fields, doc),
      ...(Object.keys(outdated).length > 0 ? { outdated } : {}),
    }
  })
}

/** Uploads read from the storage at once: a request each on S3 (a hard link each on disk). */
const uploadReads = 8

/**
 * Brings the uploads' stored files into the export (`uploads/<collection>/<name>`), so the site build reads them
 * there: linked from the admin's disk, or read from S3 when uploads are kept there (cms/storage/storedUploads.ts).
 */
async function exportUploads(payload: Payload, collection: string, docs: StoredUpload[], staging: string) {
  const read = storedUploadReader(payload)
  const queue = [...docs]
  await Promise.all(
    Array.from({ length: uploadReads }, async () => {
      for (let doc = queue.shift(); doc; doc = queue.shift()) await read(collection, doc, path.join(exportedUploadsDir(staging, collection), String(doc.filename)))
    }),
  )
}
