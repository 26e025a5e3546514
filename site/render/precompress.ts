import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const compressible = /\.(html|css|js|mjs|json|xml|svg|txt|vtt|wasm)$/

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
    if (!compressible.test(file)) continue
    const content = fs.readFileSync(file)
    if (content.length < 256) {
      // Too small to gain; a compressed copy left from an earlier version of the file would be stale.
      for (const suffix of ['.br', '.gz']) fs.rmSync(file + suffix, { force: true })
      continue
    }
    // Hashed assets are few and cached for a year: compress them hardest. Pages are many: a fast level keeps
    // publish-to-live short.
    const quality = file.includes(`${path.sep}_astro${path.sep}`) ? 11 : 5
    replace(`${file}.br`, zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }))
    replace(`${file}.gz`, zlib.gzipSync(content, { level: 6 }))
    count++
  }
  return count
}

/** Writes beside and renames over, so a hard link shared with an earlier release is never written through. */
function replace(file: string, content: Buffer) {
  fs.writeFileSync(`${file}.tmp`, content)
  fs.renameSync(`${file}.tmp`, file)
}
