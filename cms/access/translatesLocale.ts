import { hasRole, isAssignedLocale, isDefaultLocale, managesAllContent } from './roles'

/**
 * Who may exchange translations of a locale with an agency (export and import): editors and admins for every
 * target locale, translators and reviewers for the locales assigned to them. The source locale is no target.
 */
export function translatesLocale(user: unknown, locale: string | undefined): boolean {
  if (!user || isDefaultLocale(locale)) return false
  if (managesAllContent(user)) return true
  return hasRole(user, 'translator', 'reviewer') && isAssignedLocale(user, locale)
}
