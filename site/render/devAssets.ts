import { createHash } from 'node:crypto'
import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import sharp from 'sharp'

import { exportedUploadsDir } from '../../publishing/format/exportFormat'

/**
 * `astro dev` serves pages straight from the export; this serves what the renderer would have written beside them:
 * image variants (made on request) and uploaded files. Development only.
 */
export function devAssets(exportDir: () => string) {
  const hashes = new Map<string, string>()
  const sourceFor = (hash: string) => {
    const folder = exportedUploadsDir(exportDir(), 'media')
    for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
      const file = path.join(folder, name)
      if (!hashes.has(file)) hashes.set(file, createHash('sha1').update(fs.readFileSync(file)).digest('base64url').slice(0, 12))
      if (hashes.get(file) === hash) return file
    }
    return undefined
  }
  return async (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname)
    const variant = /^\/_img\/([\w-]{12})-(\d+)\.(avif|webp|jpg|png)$/.exec(pathname)
    if (variant) {
      const source = sourceFor(variant[1])
      if (!source) return next()
      const format = variant[3] === 'jpg' ? 'jpeg' : (variant[3] as 'avif' | 'webp' | 'png')
      const body = await sharp(source).resize({ width: Number(variant[2]), withoutEnlargement: true }).toFormat(format).toBuffer()
      response.writeHead(200, { 'Content-Type': `image/${format}` }).end(body)
      return
    }
    const upload = /^\/(media|files)\/([^/]+)$/.exec(pathname)
    const file = upload && path.join(exportedUploadsDir(exportDir(), upload[1]), upload[2])
    if (file && fs.existsSync(file)) {
      fs.createReadStream(file).pipe(response)
      return
    }
    next()
  }
}
