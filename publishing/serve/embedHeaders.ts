/**
 * Embed pages (`/<locale>/embed/video/<id>/`, site/views/EmbedVideoView.astro) are made to be framed by other sites:
 * they alone allow any `frame-ancestors` and send no `X-Frame-Options`. Every other response keeps
 * `frame-ancestors 'none'` and `X-Frame-Options: DENY`. deploy/nginx.conf and deploy/Caddyfile say the same.
 */

/** An embed page's address: the one shape of path that may be framed. */
export const embedPagePattern = /^\/[^/]+\/embed\/video\/[^/]+\/$/

/** The site's headers for a path: `base` as it is, or, for an embed page, framable by any site. */
export function headersForPath(pathname: string, base: Record<string, string>): Record<string, string> {
  if (!embedPagePattern.test(pathname)) return base
  const { 'X-Frame-Options': _denied, ...rest } = base
  return { ...rest, 'Content-Security-Policy': base['Content-Security-Policy'].replace("frame-ancestors 'none'", 'frame-ancestors *') }
}
