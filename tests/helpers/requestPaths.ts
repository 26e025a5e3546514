import fc from 'fast-check'

/** Pieces an attacker puts in a path: encoded separators, dot segments, hosts, bad escapes, controls. */
export const pathPiece = fc.oneof(
  fc.constantFrom('', '.', '..', '%2e', '%2E%2E', '%2F', '%2f', '%5C', '%5c', '\\', '%00', '%0d%0a', '%', '%zz', '%E4%B8%AD', '%C0%AF'),
  fc.constantFrom('evil.example', '@evil.example', 'en', 'zh', 'news', 'files', 'media', 'index.html', '404.html', '.release', 'http:', 'https:'),
  fc.string({ unit: fc.constantFrom(...'aZ09-._~!$&\'()*+,;=:@%/\\?#'.split('')), maxLength: 12 }),
)

/** Separators as they can be written in a path: plain, doubled, dotted, percent-encoded, backslashed. */
const separator = fc.constantFrom('/', '//', '/./', '/../', '%2F', '%2f', '%5C', '%5c', '\\', '%2F%2F', '/%2E%2E/')

/** Random paths: pieces joined by separators. */
const randomTarget = fc
  .array(fc.tuple(pathPiece, separator), { maxLength: 6 })
  .map((parts) => `/${parts.map(([piece, glue]) => piece + glue).join('')}`)

/**
 * Paths shaped like the open-redirect attack: something that a browser reads as a host, then dot segments that
 * climb back to a real folder of the site (`/%2Fevil.example%2F..%2Fen%2Fnews`), in every spelling.
 */
const redirectShapedTarget = fc
  .tuple(
    fc.constantFrom('/', '//', '/%2F', '/%5C', '/\\', '/%2F%2F', '/%5C%5C', '/%09/', '/%2F%5C'),
    fc.constantFrom('evil.example', '@evil.example', 'evil.example:80', 'evil.example%3A80', '%65vil.example'),
    separator,
    fc.constantFrom('..', '%2E%2E', '.%2E', '%2e.'),
    separator,
    fc.constantFrom('en', 'zh', 'ar', 'files', 'media', ''),
    separator,
    fc.constantFrom('news', 'videos', 'documents', '', 'news/forum-opens'),
    fc.constantFrom('', '/', '?x=1', '#top'),
  )
  .map((parts) => parts.join(''))

/** A request target as a client could send it. */
export const requestTarget = fc.oneof(randomTarget, redirectShapedTarget)

/** Whether a Location sends a browser to a page of this same site. */
export function isSameOriginPath(location: string): boolean {
  if (!location.startsWith('/') || location.startsWith('//') || location.startsWith('/\\')) return false
  return new URL(location, 'http://site.test').origin === 'http://site.test'
}
