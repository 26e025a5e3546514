import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const compressible = /\.(html|css|js|mjs|json|xml|svg|txt|vtt|wasm)$/

/**
 * Writes `.br` and `.gz` beside every text file of a build, once, so servers (ours, nginx `gzip_static`/`brotli_static`,
 * Caddy `precompressed`) send them without compressing on each request. Returns the number of files compressed.
 */
export function precompress(root: string): number {
  let count = 0
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !compressible.test(entry.name)) continue
    const file = path.join(entry.parentPath, entry.name)
    const content = fs.readFileSync(file)
    if (content.length < 256) continue
    // Hashed assets are few and cached for a year: compress them hardest. Pages are many: a fast level keeps
    // publish-to-live short.
    const quality = file.includes(`${path.sep}_astro${path.sep}`) ? 11 : 5
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }))
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 6 }))
    count++
  }
  return count
}
