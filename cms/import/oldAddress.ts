import { locales } from '../locales'

/** Top-level folders of the public site that an old address must never shadow. */
const reservedFolders = new Set(['_astro', '_img', 'pagefind', 'pagefind-delta', 'media', 'files', 'preview', 'api', 'admin'])
/** The site's own section segments (`/en/news/…`): an old address there would shadow a page of the new site. */
const concordSections = new Set(['news', 'videos', 'cases', 'events', 'documents', 'partners', 'topics', 'countries', 'search', 'feeds', 'sitemaps', '404'])
/** Characters a redirect rule for nginx or Caddy must not carry, whatever the quoting: controls, quotes, `$`, braces. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const unsafeCharacters = /[\u0000-\u001f\u007f"'\\$`{};<>\s]/

/**
 * The path an old address should redirect from, decoded (`/2019/05/新闻/`), or why it cannot be one. Only the path
 * counts: the old site's host is the one the new portal takes over, and a query (`/?p=123`, plain permalinks)
 * cannot be matched by a path rule. Refuses paths that would shadow the new site's own pages (`/`, `/fr/`,
 * `/en/news/…`, assets) and paths with characters that have no place in a web server's rule file.
 */
export function redirectablePath(link: string | undefined): { path: string } | { problem: string } {
  if (!link) return { problem: 'the source gives no address for it' }
  let url: URL
  try {
    url = new URL(link, 'http://old.invalid')
  } catch {
    return { problem: `its address "${link}" is not a URL` }
  }
  if (url.search && url.search !== '?') return { problem: `its address "${link}" is a query (plain permalinks), which a path redirect cannot match` }
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return { problem: `its address "${link}" is not validly percent-encoded` }
  }
  return checkPath(path)
}

/** Whether a decoded path may be an old address in the redirect rules (see `redirectablePath`). */
export function checkPath(path: string): { path: string } | { problem: string } {
  if (!path.startsWith('/') || path.startsWith('//')) return { problem: `the address "${path}" is not a site path` }
  if (path.length > 1_000) return { problem: 'its address is longer than 1,000 characters' }
  if (unsafeCharacters.test(path)) return { problem: `its address "${path}" has characters a redirect rule cannot hold` }
  const segments = path.split('/').filter(Boolean)
  if (segments.some((segment) => segment === '.' || segment === '..')) return { problem: `its address "${path}" has dot segments` }
  if (segments.length === 0) return { problem: 'its address is the site root, which stays the language chooser' }
  const [first, second] = segments
  if (reservedFolders.has(first)) return { problem: `its address "${path}" is under /${first}/, which the new site uses` }
  if (locales.some((locale) => locale.segment === first) && (segments.length === 1 || concordSections.has(second))) {
    return { problem: `its address "${path}" is one of the new site's own addresses` }
  }
  return { path }
}

/** A decoded path as the site server reads requests: each segment percent-encoded, trailing slash kept. */
export function encodedPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}
