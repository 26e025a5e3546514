import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { collectionConfig } from '../collections'
import { collectionSlugs, isEditorialCollection } from '../collections/slugs'
import { defaultLocale, localeCodes } from '../locales'
import { outdatedPublishedFields } from '../translation/publications'
import type { LocalePublication } from '../translation/types'
import { assemblePublishedDocument } from './assemblePublished'
import { exportDocument, exportFields } from './exportDocument'

/** Collections the public site is built from. */
export const exportedCollections = [
  collectionSlugs.articles,
  collectionSlugs.videos,
  collectionSlugs.caseHighlights,
  collectionSlugs.events,
  collectionSlugs.documents,
  collectionSlugs.partners,
  collectionSlugs.pages,
  collectionSlugs.topics,
  collectionSlugs.countries,
  collectionSlugs.media,
  collectionSlugs.files,
  collectionSlugs.redirects,
] as const

export interface ExportedItem {
  id: number | string
  updatedAt: string
  /** Locales with a published translation (the main field exists in that locale); the site falls back for others. */
  locales: string[]
  /** Field values; localized fields are maps from locale to value, rich text is sanitized HTML. */
  data: Record<string, unknown>
  /**
   * Editorial items only, when some published translation is behind its source: the field paths whose source text
   * changed since that translation was made, per locale (for the site's "this translation may be outdated" notice).
   */
  outdated?: Record<string, string[]>
}

export interface ExportManifest {
  exportedAt: string
  defaultLocale: string
  locales: string[]
  counts: Record<string, number>
}

/**
 * Writes what the public may see to `outDir/<collection>.json`, read through the Local API as an anonymous reader
 * (`overrideAccess: false`), with rich text as sanitized HTML and uploaded files linked under `outDir/uploads/`.
 * Editorial items come from their per-locale publications (`locale-publications`), so an item is exported in the
 * locales that were published and nothing else: drafts, scheduled items not yet published and unpublished or
 * unfinished translations never reach the export. Other collections (taxonomies, media) are read directly. The export is written to a temporary folder
 * and renamed into place, so a failed export leaves the previous one intact.
 */
export async function exportPublished(payload: Payload, outDir: string): Promise<ExportManifest> {
  const staging = `${outDir}.tmp-${process.pid}-${Date.now()}`
  fs.mkdirSync(path.join(staging, 'uploads'), { recursive: true })
  try {
    const counts: Record<string, number> = {}
    for (const collection of exportedCollections) {
      const items = await exportCollection(payload, collection, staging)
      counts[collection] = items.length
      fs.writeFileSync(path.join(staging, `${collection}.json`), JSON.stringify(items))
    }
    const manifest: ExportManifest = { exportedAt: new Date().toISOString(), defaultLocale, locales: localeCodes, counts }
    fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2))
    const previous = `${outDir}.old-${process.pid}-${Date.now()}`
    if (fs.existsSync(outDir)) fs.renameSync(outDir, previous)
    fs.renameSync(staging, outDir)
    fs.rmSync(previous, { recursive: true, force: true })
    return manifest
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true })
    throw error
  }
}

async function exportCollection(payload: Payload, collection: string, staging: string): Promise<ExportedItem[]> {
  if (isEditorialCollection(collection)) return exportPublications(payload, collection)
  const config = collectionConfig(collection)
  const { docs } = await payload.find({
    collection: collection as never,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return docs.map((doc: Record<string, unknown>) => {
    if (config.upload) linkUpload(payload, collection, String(doc.filename), staging)
    return exportDocument(collection, doc)
  })
}

/**
 * One exported item per item with at least one published locale: its locales are the published ones, localized
 * fields come from each locale's publication, and the fields all locales share from the most recent publication.
 */
async function exportPublications(payload: Payload, collection: string): Promise<ExportedItem[]> {
  const config = collectionConfig(collection)
  const { docs } = await payload.find({
    collection: collectionSlugs.localePublications as never,
    where: { collection: { equals: collection } },
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

/** Hard-links (or copies across devices) an uploaded file into the export so the site build can read it. */
function linkUpload(payload: Payload, collection: string, filename: string, staging: string) {
  const upload = (payload.collections as Record<string, { config: { upload?: unknown } }>)[collection]?.config.upload
  const staticDir = typeof upload === 'object' ? (upload as { staticDir?: string }).staticDir : undefined
  if (!staticDir) return
  const source = path.join(staticDir, filename)
  const target = path.join(staging, 'uploads', collection, filename)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  try {
    fs.linkSync(source, target)
  } catch {
    fs.copyFileSync(source, target)
  }
}
