/**
 * Why an upload was refused, in every admin language: the `upload.*` keys of cms/i18n/messages/<language>.json. The
 * admin shows the message of a refused save as it is, so it is chosen here in the editor's language.
 * `{{file}}` is the uploaded name, `{{allowed}}` the kinds the library accepts, `{{detected}}` the type found.
 */
import { adminMessages, fillPlaceholders } from '../i18n/adminMessages'
import { isAdminLanguage } from '../i18n/adminLanguages'
import type { UploadRefusal } from './detectUploadKind'

type Reason = UploadRefusal['reason'] | 'notAllowedUnknown' | 'remoteFetch'
type Messages = Record<Reason, string>

const reasons: Reason[] = [
  'notAllowed',
  'notAllowedUnknown',
  'unreadable',
  'captionsTooLarge',
  'captionsNotUtf8',
  'captionsInvalid',
  'captionsWithoutCues',
  'captionsAreScript',
  'remoteFetch',
]

/** Every admin language's messages, by reason. */
export const uploadMessages: Record<string, Messages> = Object.fromEntries(
  Object.entries(adminMessages).map(([language, messages]) => [
    language,
    Object.fromEntries(reasons.map((reason) => [reason, messages[`upload.${reason}`]])) as Messages,
  ]),
)

/** The message for a refusal in `language` (English when the admin speaks another), with its values filled in. */
export function uploadRefusalMessage(reason: Reason, language: string | undefined, values: Record<string, string | number>): string {
  return fillPlaceholders(uploadMessages[isAdminLanguage(language) ? language : 'en'][reason], values)
}

export type { Reason as UploadRefusalReason }
