/**
 * The export format: what the CMS writes (cms/export/) and the site reads (site/lib/content/), the one contract
 * between them. A leaf: it imports nothing of either side. The files themselves are laid out in exportFiles.ts.
 */
import fs from 'node:fs'
import path from 'node:path'

/** Changes when the export's files change shape: an export of another format is not reused by the next one. */
export const exportFormat = 4

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

/**
 * The date an item is listed by, newest first everywhere (publication, event start or document date, else its last
 * change). Part of the contract: what orders a list belongs to the half of an item's signature that lists read.
 */
export function listingDate(item: Pick<ExportedItem, 'data' | 'updatedAt'>): string {
  return String(item.data.publishedAt ?? item.data.startDate ?? item.data.date ?? item.updatedAt ?? '')
}

export interface ExportManifest {
  format: number
  exportedAt: string
  /** When the export began reading: a later export only needs what changed after it. */
  startedAt?: string
  defaultLocale: string
  locales: string[]
  /** Items per collection: also the list of collections the export holds. */
  counts: Record<string, number>
}

export const manifestFile = (dir: string) => path.join(dir, 'manifest.json')

export function writeManifest(dir: string, manifest: ExportManifest) {
  fs.writeFileSync(manifestFile(dir), JSON.stringify(manifest, null, 2))
}

/** The manifest of an export folder; throws with what to do when there is none. */
export function readManifest(dir: string): ExportManifest {
  try {
    return JSON.parse(fs.readFileSync(manifestFile(dir), 'utf8')) as ExportManifest
  } catch (error) {
    throw new Error(`No readable export at ${dir} (${(error as Error).message}): run \`npm run export\` first.`, { cause: error })
  }
}

/** Uploaded files of a collection, as the export holds them (the originals the site copies or resizes). */
export const exportedUploadsDir = (dir: string, collection: string) => path.join(dir, 'uploads', collection)
