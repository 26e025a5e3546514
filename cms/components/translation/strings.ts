import type { TFunction } from '@payloadcms/translations'

import type { TranslationWorkflowStrings } from '../../i18n/translationWorkflowStrings'

/** Concord's admin strings as Payload's i18n holds them: `useTranslation<ConcordTranslations, ConcordTranslationKey>()`. */
export type ConcordTranslations = { concordTranslation: TranslationWorkflowStrings }
export type ConcordTranslationKey = `concordTranslation:${keyof TranslationWorkflowStrings}`

/** An admin string of the translation workflow in the admin's language. */
export function translationStrings(
  t: TFunction<ConcordTranslationKey>,
  key: keyof TranslationWorkflowStrings,
  vars?: Record<string, unknown>,
): string {
  return t(`concordTranslation:${key}`, vars)
}
