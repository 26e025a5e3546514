import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const compressible = /\.(html|css|js|mjs|json|xml|svg|txt|vtt|wasm|csv|ics)$/
/**
 * Below this size no copies are written: a few hundred bytes saved do not pay for a file (Caddy's `encode` sets the
 * same floor). At size M it leaves out the 110,000 oEmbed answers (240–450 bytes), two files each.
 */
const minimumSize = 512

/**
 * Writes `.br` and `.gz` beside every text file of a build, once, so servers (ours, nginx `gzip_static`/`brotli_static`,
 * Caddy `precompressed`) send them without compressing on each request. Returns the number of files compressed.
 */
export function precompress(root: string, only?: string[]): number {
  const files = only
    ? only.map((file) => path.join(root, file))
    : fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
  let count = 0
  for (const file of files) {
    if (compressible.test(file) && writeCompressed(file, fs.readFileSync(file))) count++
  }
  return count
}

/**
 * Writes the `.br` and `.gz` copies of one file (the renderer calls it as it writes each page, on both cores).
 * Returns false for a file too small to gain, whose stale copies it removes (`inPlace`: a folder that started empty
 * has none).
 */
export function writeCompressed(file: string, content: Buffer, inPlace = false): boolean {
  if (content.length < minimumSize) {
    if (!inPlace) for (const suffix of ['.br', '.gz']) fs.rmSync(file + suffix, { force: true })
    return false
  }
  // Hashed assets are few and cached for a year: compress them hardest. Pages are many: a fast level keeps
  // publish-to-live short.
  const quality = file.includes(`${path.sep}_astro${path.sep}`) ? 11 : 5
  writeFile(`${file}.br`, zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }), inPlace)
  writeFile(`${file}.gz`, zlib.gzipSync(content, { level: 6 }), inPlace)
  return true
}

/** Whether the build writes compressed copies of a file of this name. */
export const isCompressible = (file: string) => compressible.test(file)

/** The compressed copies a build writes beside a file of this name and content. */
export const compressedSuffixes = (file: string, content: Buffer): string[] =>
  isCompressible(file) && content.length >= minimumSize ? ['.br', '.gz'] : []

/**
 * Writes beside and renames over, so a hard link shared with an earlier release is never written through; `inPlace`
 * in a folder that started empty and that nothing else links into, which saves a rename per file of a full build.
 */
export function writeFile(file: string, content: Buffer, inPlace = false) {
  if (inPlace) return fs.writeFileSync(file, content)
  fs.writeFileSync(`${file}.tmp`, content)
  fs.renameSync(`${file}.tmp`, file)
}
