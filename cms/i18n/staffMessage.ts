import type { I18n } from '@payloadcms/translations'

import { adminMessages, adminNamespace, fillPlaceholders, type AdminMessageKey } from './adminMessages'
import { languageName } from './languageName'

/** What a message needs of a request: Payload's i18n of it (the admin's language, from its cookie or Accept-Language). */
export type MessageRequest = { i18n?: Pick<I18n, 'language' | 't'> } | null | undefined

/**
 * A message the server shows a person (a refusal, a validation error), in the language of their admin, through
 * Payload's `req.i18n.t` and Concord's `concord` namespace. Without Payload's i18n (a script, the seed) it is English.
 *
 * @example throw new WorkflowRefusal(staffMessage(req, 'workflow.alreadyInReview', { language: 'zh' }), 409)
 */
export function staffMessage(req: MessageRequest, key: AdminMessageKey, values: Record<string, unknown> = {}): string {
  // `language` values are locale codes: named in the reader's language.
  const filled = 'language' in values ? { ...values, language: languageName(String(values.language), req?.i18n?.language) } : values
  const t = req?.i18n?.t as ((key: string, values?: Record<string, unknown>) => string) | undefined
  if (t) {
    const message = t(`${adminNamespace}:${key}`, filled)
    if (message !== `${adminNamespace}:${key}`) return message
  }
  return fillPlaceholders(adminMessages.en[key], filled)
}
