/**
 * Responsive images made by the renderer, not by Astro's image pipeline: Astro's `astro:assets` would bundle every
 * uploaded image into the site's server bundle, so publishing a new image would mean rebuilding the bundle. Here a
 * page asks for the variants it needs; their names carry a hash of the source file, the width and the format, and
 * the renderer writes each missing one once with sharp (site/render/images.ts).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { exportedUploadsDir } from '../../publishing/format/exportFormat'
import { exportDir } from './content'

export type ImageFormat = 'avif' | 'webp' | 'jpeg' | 'png'

export interface ImageVariant {
  /** Path in the release, e.g. `_img/3f2a…-640.webp`. */
  file: string
  source: string
  width: number
  format: ImageFormat
}

const required = new Map<string, ImageVariant>()
const sourceHashes = new Map<string, string>()

function sourceHash(source: string): string {
  let hash = sourceHashes.get(source)
  if (!hash) {
    hash = createHash('sha1').update(fs.readFileSync(source)).digest('base64url').slice(0, 12)
    sourceHashes.set(source, hash)
  }
  return hash
}

/** The URL of `filename` at `width` in `format`, recorded for the renderer to produce. */
export function imageVariant(filename: string, width: number, format: ImageFormat): string {
  const source = path.join(exportedUploadsDir(exportDir(), 'media'), filename)
  const name = `${sourceHash(source)}-${width}.${format === 'jpeg' ? 'jpg' : format}`
  const file = `_img/${name}`
  required.set(file, { file, source, width, format })
  return `/${file}`
}

/** The variants asked for since the last call (the renderer writes them). */
export function takeRequiredImages(): ImageVariant[] {
  const list = [...required.values()]
  required.clear()
  return list
}

/** Whether the exported upload exists (a page never links an image that is not there). */
export function hasUpload(filename: string): boolean {
  return fs.existsSync(path.join(exportedUploadsDir(exportDir(), 'media'), filename))
}
