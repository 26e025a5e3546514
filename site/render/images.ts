import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp, { type Sharp } from 'sharp'

import { projectRoot } from '../../cms/paths'
import type { ImageVariant } from '../lib/images'

const cacheDir = path.join(projectRoot, 'node_modules', '.cache', 'concord', 'images')

const encoders = {
  avif: (image: Sharp) => image.avif({ quality: 50, effort: 2 }),
  webp: (image: Sharp) => image.webp({ quality: 75 }),
  jpeg: (image: Sharp) => image.jpeg({ quality: 80, mozjpeg: true }),
  png: (image: Sharp) => image.png({ compressionLevel: 9, palette: true }),
} as const

/**
 * Writes the image variants pages asked for into `outDir`, encoding each once: variant names carry the source's
 * hash, so an encoded file in the cache is always the right one. `present` skips what the release already has.
 */
export async function writeImages(variants: ImageVariant[], outDir: string, present: (file: string) => boolean = () => false) {
  fs.mkdirSync(cacheDir, { recursive: true })
  const wanted = variants.filter((variant) => !present(variant.file))
  let encoded = 0
  let next = 0
  // One image at a time left a core idle: most of an encoder's work (AVIF above all) runs on one thread.
  await Promise.all(
    Array.from({ length: os.availableParallelism() }, async () => {
      while (next < wanted.length) {
        if (await writeImage(wanted[next++], outDir)) encoded++
      }
    }),
  )
  return encoded
}

/** Links (or copies) one variant into the release from the cache, encoding it first when it is not there. Returns whether it was encoded. */
async function writeImage(variant: ImageVariant, outDir: string): Promise<boolean> {
  const cached = path.join(cacheDir, path.basename(variant.file))
  const encode = !fs.existsSync(cached)
  if (encode) {
    const temporary = `${cached}.tmp-${process.pid}`
    await encoders[variant.format](sharp(variant.source).resize({ width: variant.width, withoutEnlargement: true })).toFile(temporary)
    fs.renameSync(temporary, cached)
  }
  const target = path.join(outDir, variant.file)
  if (fs.existsSync(target)) return encode
  fs.mkdirSync(path.dirname(target), { recursive: true })
  try {
    fs.linkSync(cached, target)
  } catch {
    fs.copyFileSync(cached, target)
  }
  return encode
}
