/**
 * The origins the admin is served from: the CSRF allowlist (Payload's `csrf`) and, when set, Payload's `serverURL`
 * (links in e-mails). `CONCORD_ADMIN_URL` names the public admin origin (several may be given, comma-separated: the
 * first is the canonical one); without it, the admin on `ADMIN_PORT` at localhost and 127.0.0.1.
 */
export function adminOrigins(environment: Record<string, string | undefined> = process.env): string[] {
  const configured = (environment.CONCORD_ADMIN_URL ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => {
      try {
        return new URL(value).origin
      } catch {
        throw new Error(`CONCORD_ADMIN_URL "${value}" is not a URL: give the admin's origin, e.g. https://cms.example.org`)
      }
    })
  if (configured.length > 0) return configured
  const port = environment.ADMIN_PORT ?? '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

/** The admin's canonical public URL when one is configured (for Payload's `serverURL`), else undefined. */
export function configuredServerUrl(environment: Record<string, string | undefined> = process.env): string | undefined {
  return environment.CONCORD_ADMIN_URL ? adminOrigins(environment)[0] : undefined
}
