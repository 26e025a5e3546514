import type { TFunction } from '@payloadcms/translations'

import type { AdminMessageKey, AdminMessages } from '../../i18n/adminMessages'

/** Concord's admin strings as Payload's i18n holds them: `useTranslation<ConcordTranslations, ConcordTranslationKey>()`. */
export type ConcordTranslations = { concord: AdminMessages }
export type ConcordTranslationKey = `concord:${AdminMessageKey}`

/**
 * One of Concord's admin strings (cms/i18n/messages/) in the admin's language, from a client component's
 * `useTranslation().t` or a server component's `i18n.t`.
 */
export function translationStrings(t: AnyTFunction, key: AdminMessageKey, vars?: Record<string, unknown>): string {
  return (t as unknown as TFunction<ConcordTranslationKey>)(`concord:${key}`, vars)
}

/** Any of Payload's `t` functions, whatever keys it is typed with (a parameter of `never` accepts them all). */
type AnyTFunction = (key: never, vars?: never) => string
