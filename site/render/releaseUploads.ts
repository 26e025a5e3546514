/**
 * The uploaded files a release serves under `/media/` and `/files/`: those of the media and files items that some
 * page of the release reads (a cover, a poster, a share image, a PDF, a video, its captions), and nothing else. An
 * upload deleted in the CMS, replaced by another file, or no longer used by anything published is not in the next
 * release, full or incremental: an incremental layer records it as deleted, so the site server, the mirror and
 * every web server in front of it stop serving it.
 *
 * Uploads are copied into releases, not linked: Payload rewrites a stored file in place when an image is cropped
 * again, and a live (or rolled-back-to) release must not change under its readers. `.release/uploads.json` records
 * which version of each source a release holds, so a publish copies only what changed.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { collectionSlugs } from '../../cms/collectionSlugs'
import { readList } from '../../publishing/format/exportFiles'
import { exportedUploadsDir } from '../../publishing/format/exportFormat'
import { releaseMetaDir, resolveReleaseFile, type ReleaseView } from '../../publishing/releases/releases'
import { itemKey } from '../lib/dependencies'
import { writeCompressed, isCompressible } from './precompress'
import type { RenderState } from './state'

/** Collections whose items are uploads, and the release folder serving each. */
export const uploadFolders = { [collectionSlugs.media]: 'media', [collectionSlugs.files]: 'files' } as const

/** The version of a source file a release copied: a later publish copies it again only when this changed. */
interface CopiedVersion {
  size: number
  mtimeMs: number
}

/** Per file of the release (e.g. `media/cover.jpg`), the version of its source it holds. */
export type UploadManifest = Record<string, CopiedVersion>

const manifestFile = (release: string) => path.join(release, releaseMetaDir, 'uploads.json')

/**
 * The uploads pages of a release read: release path (`files/guide.pdf`) → the file in the export. A page that shows
 * an upload reads its item (`item:media:<id>`), as the renderer records for incremental builds.
 */
export function referencedUploads(state: RenderState, exportDir: string): Map<string, string> {
  const wanted = new Map<number, { collection: keyof typeof uploadFolders; id: string }>()
  for (const collection of Object.keys(uploadFolders) as (keyof typeof uploadFolders)[]) {
    const prefix = itemKey(collection, '')
    state.keys.forEach((key, index) => {
      if (key.startsWith(prefix)) wanted.set(index, { collection, id: key.slice(prefix.length) })
    })
  }
  // Every read of every route is looked at (millions at size M): a flag per key index answers faster than the map.
  const isWanted = new Uint8Array(state.keys.length)
  for (const index of wanted.keys()) isWanted[index] = 1
  const readKeys = new Set<number>()
  if (wanted.size > 0) {
    for (const url in state.routes) {
      for (const index of state.routes[url].reads) if (isWanted[index] === 1) readKeys.add(index)
    }
  }
  const read = new Set([...readKeys].map((index) => `${wanted.get(index)!.collection}\0${wanted.get(index)!.id}`))
  const uploads = new Map<string, string>()
  for (const collection of Object.keys(uploadFolders) as (keyof typeof uploadFolders)[]) {
    if (!fs.existsSync(path.join(exportDir, `${collection}.json`))) continue
    for (const item of readList(exportDir, collection)) {
      const filename = String(item.data.filename ?? '')
      if (!read.has(`${collection}\0${String(item.id)}`) || !isPlainName(filename)) continue
      const source = path.join(exportedUploadsDir(exportDir, collection), filename)
      if (fs.existsSync(source)) uploads.set(`${uploadFolders[collection]}/${filename}`, source)
    }
  }
  return uploads
}

/** A stored file name: one path segment, not hidden (anything else is never a file of a release). */
const isPlainName = (name: string) => name !== '' && !name.startsWith('.') && !/[/\\\0]/.test(name)

/** A full release: copies every upload it serves. */
export function copyReleaseUploads(outDir: string, uploads: Map<string, string>): UploadManifest {
  const manifest: UploadManifest = {}
  for (const [file, source] of uploads) manifest[file] = copyUpload(source, path.join(outDir, file))
  return manifest
}

/**
 * An incremental layer over `view` (the previous release's files, `deleted` its list of removed ones, which this
 * updates): copies the uploads that are new or changed since `previous`, with their compressed copies, and records
 * as deleted every upload the release had that it no longer serves.
 */
export function updateLayerUploads(
  outDir: string,
  view: ReleaseView,
  uploads: Map<string, string>,
  previous: UploadManifest | undefined,
  deleted: Set<string>,
): UploadManifest {
  const manifest: UploadManifest = {}
  for (const [file, source] of uploads) {
    const before = previous?.[file]
    const { size, mtimeMs } = fs.statSync(source)
    if (before && before.size === size && before.mtimeMs === mtimeMs && resolveReleaseFile(view, file)) {
      manifest[file] = before
      continue
    }
    const target = path.join(outDir, file)
    manifest[file] = copyUpload(source, target)
    deleted.delete(file)
    // Compressed copies written now, or the base's stale ones shadowed.
    if (isCompressible(file)) writeCompressed(target, fs.readFileSync(target))
    for (const suffix of ['.br', '.gz']) {
      if (fs.existsSync(target + suffix)) deleted.delete(file + suffix)
      else deleted.add(file + suffix)
    }
  }
  for (const file of uploadsIn(view)) {
    if (uploads.has(file)) continue
    for (const suffix of ['', '.br', '.gz']) {
      fs.rmSync(path.join(outDir, file + suffix), { force: true })
      deleted.add(file + suffix)
    }
  }
  return manifest
}

/** Every upload a release serves (the layer's own and its base's, less those deleted). */
function uploadsIn(view: ReleaseView): Set<string> {
  const files = new Set<string>()
  for (const [index, layer] of view.layers.entries()) {
    for (const folder of Object.values(uploadFolders)) {
      const dir = path.join(layer, folder)
      if (!fs.existsSync(dir)) continue
      for (const name of fs.readdirSync(dir)) {
        const file = `${folder}/${name}`
        if (name.endsWith('.br') || name.endsWith('.gz') || (index > 0 && view.deleted.has(file))) continue
        files.add(file)
      }
    }
  }
  return files
}

/** Copies (a reflink where the file system can) and returns the source's version. */
function copyUpload(source: string, target: string): CopiedVersion {
  fs.mkdirSync(path.dirname(target), { recursive: true })
  // Removed first: the folder may hold a hard link shared with the release this one is layered on.
  fs.rmSync(target, { force: true })
  const { size, mtimeMs } = fs.statSync(source)
  fs.copyFileSync(source, target, fs.constants.COPYFILE_FICLONE)
  return { size, mtimeMs }
}

export function readUploadManifest(release: string): UploadManifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(manifestFile(release), 'utf8')) as UploadManifest
  } catch {
    return undefined
  }
}

export function saveUploadManifest(release: string, manifest: UploadManifest) {
  fs.mkdirSync(path.join(release, releaseMetaDir), { recursive: true })
  fs.writeFileSync(manifestFile(release), JSON.stringify(manifest))
}

const hashes = new Map<string, { size: number; mtimeMs: number; hash: string }>()

/**
 * Image variants (`_img/<source hash>-<width>.<format>`, see site/lib/images.ts) made from images the release no
 * longer serves: a deleted or replaced image's resized copies leave with it.
 */
export function variantsOfRemovedImages(variants: string[], uploads: Map<string, string>): string[] {
  const kept = new Set<string>()
  for (const [file, source] of uploads) {
    if (file.startsWith(`${uploadFolders.media}/`)) kept.add(sourceHash(source))
  }
  return variants.filter((variant) => !kept.has(path.basename(variant).slice(0, 12)))
}

/** The same hash site/lib/images.ts names variants by, remembered while the file is unchanged. */
function sourceHash(source: string): string {
  // By inode: each publish's export is a new folder of hard links to the same stored files.
  const { size, mtimeMs, ino, dev } = fs.statSync(source)
  const key = `${dev}:${ino}`
  const known = hashes.get(key)
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.hash
  const hash = createHash('sha1').update(fs.readFileSync(source)).digest('base64url').slice(0, 12)
  hashes.set(key, { size, mtimeMs, hash })
  return hash
}
