/**
 * The security headers of the admin's pages and API answers (set by cms/proxy.ts). The Content-Security-Policy is as
 * strict as Payload's admin allows: scripts only from the admin itself or carrying this response's nonce (Next puts
 * it on its own inline scripts), no plugins, no framing, no foreign connections. Styles keep 'unsafe-inline': React
 * and Payload set `style` attributes, which a nonce cannot cover.
 */
export function adminContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Headers every admin answer carries, pages and API alike. */
export const adminSecurityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}
