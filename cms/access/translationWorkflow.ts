import type { LocaleCode } from '../locales'
import { hasRole, isAssignedLocale, isDefaultLocale, managesAllContent } from './roles'

/** The translation workflow's actions, as the endpoints name them. */
export const translationActions = [
  'submit',
  'approve',
  'reject',
  'publish',
  'unpublish',
  'markCurrent',
  'machineTranslate',
  'assign',
] as const
export type TranslationAction = (typeof translationActions)[number]

/** What a translator may do in an assigned locale: work on the text and hand it over, never decide on it. */
const translatorActions: ReadonlySet<TranslationAction> = new Set(['submit', 'markCurrent', 'machineTranslate'])

/**
 * Who may take a workflow action on one locale of an item:
 * - admins and editors: every action in every locale;
 * - reviewers: every action in their assigned locales (they approve, reject, publish and unpublish them);
 * - translators: submit for review, mark current and machine-translate, in their assigned locales except the source.
 */
export function mayActOnTranslation(user: unknown, action: TranslationAction, locale: LocaleCode): boolean {
  if (managesAllContent(user)) return true
  if (hasRole(user, 'reviewer')) return isAssignedLocale(user, locale)
  if (hasRole(user, 'translator')) return translatorActions.has(action) && isAssignedLocale(user, locale) && !isDefaultLocale(locale)
  return false
}

/** The locales whose translation work a user sees: assigned ones for translators and reviewers, all for the rest. */
export function workingLocales<T extends string>(user: unknown, all: readonly T[]): T[] {
  if (managesAllContent(user)) return [...all]
  return all.filter((code) => isAssignedLocale(user, code))
}
