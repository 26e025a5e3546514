const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Why a request must be refused as cross-site request forgery, if it must: a state change (any method but GET, HEAD
 * and OPTIONS) that carries the session cookie, sent by a page of another origin than the admin's. The admin's own
 * origins are Payload's `csrf` allowlist (configured in cms/boundary/adminOrigins.ts, `serverURL` included). Payload
 * itself then ignores such a cookie (the request runs anonymous, so most writes fail on access); refusing here says why,
 * and also covers endpoints that would act without a user (logout).
 *
 * Browsers send `Origin` with every cross-origin state change; without it, `Sec-Fetch-Site` tells. A request with
 * neither comes from a program, not from a page an attacker can make a browser send.
 */
export function crossSiteProblem(request: Request, allowedOrigins: readonly string[], sessionCookie: string): string | undefined {
  if (safeMethods.has(request.method.toUpperCase())) return undefined
  const cookies = (request.headers.get('cookie') ?? '').split(/;\s*/)
  if (!cookies.some((cookie) => cookie.startsWith(`${sessionCookie}=`))) return undefined
  const origin = request.headers.get('origin')
  if (origin) {
    return allowedOrigins.includes(origin) ? undefined : `Requests from ${origin.slice(0, 100)} may not act on a signed-in session here.`
  }
  const site = request.headers.get('sec-fetch-site')
  if (site === 'cross-site' || site === 'same-site') return 'Requests from another site may not act on a signed-in session here.'
  return undefined
}
