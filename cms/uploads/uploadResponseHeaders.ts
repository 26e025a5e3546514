/**
 * How an upload is served, by the site server and by the admin (`/api/media/file/*`, `/api/files/file/*`) alike —
 * and by deploy/nginx.conf and deploy/Caddyfile, which spell out the same rules (tests/int/deploy.test.ts checks
 * that they do). Whatever a stored file contains, a browser gets:
 * - the Content-Type of its kind (never HTML, JavaScript, SVG or XML), and `nosniff`, so it is read as nothing else;
 * - a Content-Security-Policy that runs nothing (`sandbox` without `allow-scripts`, `default-src 'none'`), while
 *   the browser's own viewers still show images, PDFs, captions and video when the file is opened by itself;
 * - anything that is not one of the kinds Concord keeps as `application/octet-stream`, `Content-Disposition:
 *   attachment`: saved, never shown (an old file stored before uploads were checked).
 */
import { kindOfFileName, kindOfMime, type UploadKindName, uploadKinds } from './uploadKinds'

/**
 * Nothing runs; the browser's image, PDF and text viewers style themselves inline. Video documents also need
 * `allow-same-origin`: Chromium's player loads the file again with CORS, which an opaque (sandboxed) origin fails.
 * Scripts stay off either way: only `allow-scripts` together with `allow-same-origin` would undo the sandbox.
 */
const policy = (sandbox: string) =>
  `default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; ${sandbox}`
export const uploadContentSecurityPolicy = policy('sandbox')
export const videoUploadContentSecurityPolicy = policy('sandbox allow-same-origin')

/** The headers an upload of `kind` (undefined: a file of no kind Concord keeps) is served with. */
export function uploadResponseHeaders(kind: UploadKindName | undefined): Record<string, string> {
  if (!kind) {
    return {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': 'attachment',
      'Content-Security-Policy': uploadContentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    }
  }
  const { mime, video } = uploadKinds[kind] as { mime: string; video?: boolean }
  return {
    'Content-Type': mime === 'text/vtt' ? 'text/vtt; charset=utf-8' : mime,
    'Content-Security-Policy': video ? videoUploadContentSecurityPolicy : uploadContentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  }
}

/** The headers for a stored upload by its file name (stored names carry their kind's extension). */
export const uploadHeadersForFile = (name: string) => uploadResponseHeaders(kindOfFileName(name))

/**
 * Payload's `upload.modifyResponseHeaders`: the admin's file endpoint sets the Content-Type it sniffed from the
 * file (or guessed from the name); only a kind Concord keeps passes, anything else becomes an attachment.
 */
export function modifyUploadResponseHeaders({ headers }: { headers: Headers }): Headers {
  // A 416 answer to a bad range carries no body and no type: nothing to guard.
  if (!headers.has('Content-Type')) return headers
  for (const [name, value] of Object.entries(uploadResponseHeaders(kindOfMime(headers.get('Content-Type') ?? undefined)))) {
    headers.set(name, value)
  }
  return headers
}
