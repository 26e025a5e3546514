import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { locales } from '../../cms/locales'
import { openRelease, type ReleaseView, resolveReleaseFile } from '../releases/releases'
import { uploadHeadersForFile } from '../../cms/uploads/uploadResponseHeaders'
import { headersForPath } from './embedHeaders'
import { answerPermanentLink } from './permanentLinks'
import { perRelease } from './perRelease'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

/** Headers for every response: a CSP that lets Pagefind's WebAssembly run but no inline script, and the usual guards. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** Tells browsers to come back over HTTPS only, for two years (sent on HTTPS responses only, where it counts). */
const strictTransportSecurity = 'max-age=63072000; includeSubDomains'

/** A certificate and its private key, in PEM. */
export interface TlsCredentials {
  cert: string | Buffer
  key: string | Buffer
}

/** The certificate and key named by `CONCORD_TLS_CERT` and `CONCORD_TLS_KEY` (PEM file paths), when both are set. */
export function tlsFromEnvironment(environment: NodeJS.ProcessEnv = process.env): TlsCredentials | undefined {
  const { CONCORD_TLS_CERT: cert, CONCORD_TLS_KEY: key } = environment
  if (!cert && !key) return undefined
  if (!cert || !key) throw new Error('Set both CONCORD_TLS_CERT and CONCORD_TLS_KEY (PEM files), or neither.')
  return { cert: fs.readFileSync(cert), key: fs.readFileSync(key) }
}

/**
 * Serves a built site folder: directory indexes, the 404 page of the locale in the path, long caching for hashed
 * assets and revalidation for HTML. A stand-in for nginx, Caddy or a CDN in development and tests.
 * With `tls`, it speaks HTTPS and sends HSTS.
 */
export function createSiteServer(root: () => string, options: SiteServerOptions = {}) {
  const { tls } = options
  const handle = (request: http.IncomingMessage, response: http.ServerResponse) => {
    // Over HTTPS, or behind a TLS-terminating proxy, tell browsers to stay on HTTPS.
    if (tls || request.headers['x-forwarded-proto'] === 'https') {
      response.setHeader('Strict-Transport-Security', strictTransportSecurity)
    }
    // Resolve the live release once per request, so a page and its 404 fallback come from the same release.
    let release: ReleaseView
    try {
      release = releaseView(fs.realpathSync(root()))
    } catch {
      response.writeHead(503, { ...securityHeaders, 'Retry-After': '10' }).end('The site is being built.')
      return
    }
    const requested = parseRequestPath(request.url ?? '/')
    if (!requested) {
      response.writeHead(400, securityHeaders).end()
      return
    }
    const { pathname } = requested
    if (options.preview && pathname.startsWith('/preview/')) {
      options.preview(pathname, request.headers.cookie).then(
        (answer) => response.writeHead(answer.status, { ...securityHeaders, ...answer.headers }).end(answer.body),
        (error: Error) => response.writeHead(500, securityHeaders).end(`The preview failed: ${error.message}`),
      )
      return
    }
    // A permanent link (/go/<kind>/<id>/) goes to the item in the reader's language; an unknown one is a 404 below.
    const permanent = answerPermanentLink(release, requested.segments, requested.trailingSlash, new URLSearchParams(/\?([^#]*)/.exec(request.url ?? '')?.[1] ?? ''), request.headers)
    const permanentTarget = permanent && permanent.status !== 404 ? parseRequestPath(permanent.location) : undefined
    if (permanent && permanent.status !== 404 && permanentTarget) {
      const location = sameOriginLocation(permanentTarget.segments, permanentTarget.trailingSlash)
      response.writeHead(permanent.status, { ...securityHeaders, Location: location, Vary: 'Accept-Language, Cookie', 'Cache-Control': 'private, no-store' }).end()
      return
    }
    const redirect = redirectsOf(release).get(pathname)
    if (redirect) {
      response.writeHead(301, { ...securityHeaders, Location: redirect, 'Cache-Control': 'public, max-age=3600' }).end()
      return
    }
    if (pathname === '/') {
      const locale = preferredLocale(request.headers['accept-language'], request.headers.cookie)
      if (locale) {
        response.writeHead(302, { ...securityHeaders, Location: `/${locale.segment}/`, Vary: 'Accept-Language, Cookie', 'Cache-Control': 'private, no-store' })
        response.end()
        return
      }
    }
    const { segments, trailingSlash } = requested
    const relative = segments.join('/')
    let file = resolveReleaseFile(release, trailingSlash ? path.posix.join(relative, 'index.html') : relative)
    if (!file && !trailingSlash && resolveReleaseFile(release, `${relative}/index.html`)) {
      response.writeHead(301, { ...securityHeaders, Location: sameOriginLocation(segments) }).end()
      return
    }
    let status = 200
    if (!file) {
      const segment = segments[0]
      const locale = locales.find((entry) => entry.segment === segment)
      file = resolveReleaseFile(release, locale ? `${locale.segment}/404/index.html` : '404.html')
      status = 404
      if (!file) {
        response.writeHead(404, securityHeaders).end()
        return
      }
    }
    const extension = path.extname(file)
    const immutable = pathname.startsWith('/_astro/') || pathname.startsWith('/_img/')
    const encoding = precompressedEncoding(request.headers['accept-encoding'], file)
    // Uploads get the type of their kind and a policy under which nothing runs (cms/uploads/uploadResponseHeaders.ts).
    const upload = status === 200 && uploadFolders.has(segments[0]) ? uploadHeadersForFile(file) : undefined
    response.writeHead(status, {
      ...(status === 200 ? headersForPath(pathname, securityHeaders) : securityHeaders),
      'Content-Type': contentTypes[extension] ?? 'application/octet-stream',
      ...upload,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding.name } : {}),
    })
    if (request.method === 'HEAD') response.end()
    else fs.createReadStream(encoding ? encoding.file : file).pipe(response)
  }
  return tls ? https.createServer({ cert: tls.cert, key: tls.key }, handle) : http.createServer(handle)
}

/** A plain-HTTP listener that sends every request to the same path over HTTPS on `httpsPort`, permanently. */
export function createHttpsRedirectServer(httpsPort: number) {
  return http.createServer((request, response) => {
    let hostname: string
    try {
      hostname = new URL(`http://${request.headers.host ?? 'localhost'}`).hostname
    } catch {
      response.writeHead(400, securityHeaders).end()
      return
    }
    const authority = httpsPort === 443 ? hostname : `${hostname.includes(':') ? `[${hostname}]` : hostname}:${httpsPort}`
    // The path is rebuilt from its segments, never copied: `//other.host` cannot become the authority.
    const requested = parseRequestPath(request.url ?? '/')
    const target = requested ? sameOriginLocation(requested.segments, requested.trailingSlash) : '/'
    const query = new URLSearchParams(/\?([^#]*)/.exec(request.url ?? '')?.[1] ?? '').toString()
    response.writeHead(301, { ...securityHeaders, Location: `https://${authority}${target}${query ? `?${query}` : ''}`, 'Cache-Control': 'public, max-age=3600' }).end()
  })
}

/** Folders of the release that hold uploaded files (copied from the CMS: see site/render/releaseUploads.ts). */
const uploadFolders = new Set(['media', 'files'])

export interface RequestPath {
  /** The decoded segments, without empty ones. */
  segments: string[]
  /** The path names a folder (ends with `/`, or is the root). */
  trailingSlash: boolean
  /** The canonical decoded path, e.g. `/en/news/`. */
  pathname: string
}

/**
 * The path of a request as segments, decoded one by one — or undefined when it cannot name a file of a release: a
 * bad escape, a `.` or `..` segment, or a segment hiding a separator or control character (`%2F`, `%5C`, `%00`).
 * Decoding the whole path first would turn `/%2Fevil.example%2F..%2Fen%2Fnews` into `//evil.example/../en/news`.
 */
export function parseRequestPath(url: string): RequestPath | undefined {
  const raw = url.split(/[?#]/, 1)[0]
  if (!raw.startsWith('/')) return undefined
  const segments: string[] = []
  for (const part of raw.split('/')) {
    if (part === '') continue
    let segment: string
    try {
      segment = decodeURIComponent(part)
    } catch {
      return undefined
    }
    // eslint-disable-next-line no-control-regex
    if (segment === '.' || segment === '..' || /[/\\\u0000-\u001f\u007f]/.test(segment)) return undefined
    segments.push(segment)
  }
  const trailingSlash = raw.endsWith('/') || segments.length === 0
  return { segments, trailingSlash, pathname: `/${segments.join('/')}${trailingSlash && segments.length > 0 ? '/' : ''}` }
}

/**
 * A `Location` on this site, built from path segments: exactly one leading `/`, every segment percent-encoded, so
 * no segment can become a host (`//host`, or a backslash that browsers read as a slash) or break the header.
 */
export function sameOriginLocation(segments: string[], trailingSlash = true): string {
  const path = segments.map((segment) => encodeURIComponent(segment)).join('/')
  return `/${path}${trailingSlash && path ? '/' : ''}`
}

/** A release's layers, read once per release. */
const releaseView = perRelease((root: string) => root, openRelease)

/** The redirects a release was built with (old addresses of items whose slug changed), read once per release. */
const redirectsOf = perRelease((release: ReleaseView) => release.root, (release) => {
  const file = resolveReleaseFile(release, 'redirects.json')
  const list = file ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { from: string; to: string }[]) : []
  const rules = new Map<string, string>()
  for (const rule of list) {
    // Both ends are read as this server reads requests; the target is rebuilt, and a rule that is not a path here is dropped.
    const from = parseRequestPath(rule.from)
    const to = parseRequestPath(rule.to)
    if (from && to) rules.set(from.pathname, sameOriginLocation(to.segments, to.trailingSlash))
  }
  return rules
})

/**
 * The locale to send a visitor of `/` to: their explicit earlier choice (the `concord-language` cookie the language
 * links set) wins; otherwise the best match of `Accept-Language` by quality, exact tag first, then primary language.
 */
export function preferredLocale(acceptLanguage: string | undefined, cookie: string | undefined) {
  const chosen = /(?:^|;\s*)concord-language=([\w-]+)/.exec(cookie ?? '')?.[1]
  const byChoice = locales.find((locale) => locale.code === chosen)
  if (byChoice) return byChoice
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [range, ...parameters] = part.trim().toLowerCase().split(';')
      const quality = Number(parameters.find((parameter) => parameter.trim().startsWith('q='))?.split('=')[1] ?? 1)
      return { range, quality: Number.isNaN(quality) ? 0 : quality }
    })
    .filter((entry) => entry.range && entry.range !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality)
  for (const { range } of ranges) {
    const exact = locales.find((locale) => locale.tag.toLowerCase() === range)
    const primary = locales.find((locale) => locale.tag.toLowerCase().split('-')[0] === range.split('-')[0])
    if (exact ?? primary) return exact ?? primary
  }
  return undefined
}

/** The brotli or gzip copy written at build time, when the client accepts it. */
function precompressedEncoding(accepted: string | string[] | undefined, file: string) {
  const accepts = String(accepted ?? '')
  for (const [name, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (new RegExp(`\\b${name}\\b`).test(accepts) && fs.existsSync(file + suffix)) return { name, file: file + suffix }
  }
  return undefined
}

export interface SiteServerOptions {
  /**
   * Serve drafts to signed-in editors at `/preview/…`: renders the draft a path names for whoever the cookie signs in
   * (site/render/preview.ts does it with the site's own templates; scripts/start.ts connects the two).
   */
  preview?: (pathname: string, cookie: string | undefined) => Promise<{ status: number; headers: Record<string, string>; body: string | Buffer }>
  /** Speak HTTPS with these credentials (and send HSTS). */
  tls?: TlsCredentials
}

function listen(server: http.Server, port: number, host: string) {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port))
  })
}

function close(server: http.Server) {
  return new Promise<void>((resolve) => {
    server.close(() => resolve())
  })
}

/**
 * Starts the server on a port (0 for any free one) on loopback unless a host is given. With `tls` it serves HTTPS,
 * and with `httpPort` as well (0 for any free one) a plain-HTTP listener redirects every request to it.
 */
export async function serveSite(root: () => string, port = 0, host = '127.0.0.1', options: SiteServerOptions & { httpPort?: number } = {}) {
  const server = createSiteServer(root, options)
  const urlHost = host.includes(':') ? `[${host}]` : host
  const sitePort = await listen(server, port, host)
  const url = `${options.tls ? 'https' : 'http'}://${urlHost}:${sitePort}`
  if (!options.tls || options.httpPort === undefined) return { url, close: () => close(server) }
  const redirect = createHttpsRedirectServer(sitePort)
  const httpPort = await listen(redirect, options.httpPort, host).catch(async (error: unknown) => {
    await close(server)
    throw error
  })
  return { url, httpUrl: `http://${urlHost}:${httpPort}`, close: async () => void (await Promise.all([close(server), close(redirect)])) }
}
