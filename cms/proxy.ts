import { type NextRequest, NextResponse } from 'next/server'

import { adminContentSecurityPolicy, adminSecurityHeaders } from './boundary/adminHeaders'

/**
 * Runs before every admin page and API request (Next's Proxy): a fresh nonce per request for the
 * Content-Security-Policy, passed to Next on the request so it marks its own inline scripts with it, and the
 * security headers of cms/boundary/adminHeaders.ts on the answer. Uploaded files keep their own, stricter policy
 * (cms/uploads/uploadResponseHeaders.ts), set by their handler.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = adminContentSecurityPolicy(nonce)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  if (!/\/file\//.test(request.nextUrl.pathname)) response.headers.set('Content-Security-Policy', policy)
  for (const [name, value] of Object.entries(adminSecurityHeaders)) response.headers.set(name, value)
  return response
}

export const config = {
  // Next's hashed build assets need no nonce and change nothing.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
}
