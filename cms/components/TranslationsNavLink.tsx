import type { ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { translationStrings as s } from './translation/strings'

/** The navigation's link to the translation dashboard, styled like Payload's own links. */
export function TranslationsNavLink({ payload, i18n }: ServerProps) {
  const href = formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/translations' })
  return (
    <a className="nav__link" href={href} id="nav-translation-dashboard">
      <span className="nav__link-label">{s(i18n.t, 'nav.translationDashboard')}</span>
    </a>
  )
}
