import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../access/roles'
import { staffMessage } from '../i18n/staffMessage'

/**
 * Translators save drafts; publishing is for reviewers, editors and admins. Access control runs before Payload
 * knows whether a save is a draft, so the refusal happens here, where `_status` is settled.
 */
export const keepTranslatorsToDrafts: CollectionBeforeChangeHook = ({ data, req }) => {
  if (hasRole(req.user, 'translator') && data._status !== 'draft') {
    throw new APIError(staffMessage(req, 'error.translatorsDraftOnly'), 403, null, true)
  }
  return data
}
