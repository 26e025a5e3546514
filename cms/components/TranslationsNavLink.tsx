import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

/** The navigation's link to the translation dashboard, styled like Payload's own links. */
export function TranslationsNavLink({ payload }: ServerProps) {
  const href = formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/translations' })
  return (
    <a className="nav__link" href={href} id="nav-translation-dashboard">
      <span className="nav__link-label">Translation dashboard</span>
    </a>
  )
}
