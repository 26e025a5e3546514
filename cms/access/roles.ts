import { defaultLocale, isLocaleCode, type LocaleCode } from '../locales'

export const roles = ['admin', 'editor', 'translator', 'reviewer'] as const
export type Role = (typeof roles)[number]

/** What access predicates need to know about the signed-in user. */
export interface ConcordUser {
  id: number | string
  role?: Role | null
  assignedLocales?: LocaleCode[] | null
}

export function hasRole(user: unknown, ...allowed: Role[]): boolean {
  const role = (user as ConcordUser | null | undefined)?.role
  return Boolean(role && allowed.includes(role))
}

/** A signed-in member of staff (any role): drafts and working copies are theirs to read; anyone else sees the public. */
export function isStaff(user: unknown): boolean {
  return hasRole(user, ...roles)
}

/** Admins and editors work on every locale and on the fields shared by all locales. */
export function managesAllContent(user: unknown): boolean {
  return hasRole(user, 'admin', 'editor')
}

/** True when a translator or reviewer has been assigned this locale. */
export function isAssignedLocale(user: unknown, locale: string | undefined): boolean {
  const assigned = (user as ConcordUser | null | undefined)?.assignedLocales ?? []
  return isLocaleCode(locale) && assigned.includes(locale)
}

export function isDefaultLocale(locale: string | undefined): boolean {
  return (locale ?? defaultLocale) === defaultLocale
}
