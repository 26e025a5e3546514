import type { Access } from 'payload'

import { hasRole, isAssignedLocale, isDefaultLocale, managesAllContent } from './roles'

/**
 * Who may save an item in the request's locale:
 * - admins and editors: any locale, and may publish;
 * - reviewers: their assigned locales, and may publish (approve) them;
 * - translators: their assigned locales except the default-locale source, as drafts only.
 */
export const editInAssignedLocale: Access = ({ req, data }) => {
  const { user, locale } = req
  if (managesAllContent(user)) return true
  if (hasRole(user, 'reviewer')) return isAssignedLocale(user, locale)
  if (hasRole(user, 'translator')) {
    if (isDefaultLocale(locale) || !isAssignedLocale(user, locale)) return false
    return (data as { _status?: string } | undefined)?._status !== 'published'
  }
  return false
}
