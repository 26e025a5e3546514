import type { CollectionBeforeOperationHook } from 'payload'

import { managesAllContent } from '../access/roles'
import { BoundaryRefusal } from './boundaryRefusal'
import { isDocumentId } from './documentIds'
import type { OperationArgs } from './operationArgs'
import { staffMessage } from '../i18n/staffMessage'

const documentStatuses = new Set(['draft', 'published'])
const writeOperations = new Set(['create', 'update', 'delete', 'restoreVersion'])

/**
 * Every write Payload runs for someone passes here, for every collection (installed by withBoundary.ts):
 * - the body is an object, ids can name a document, `_status` is `draft` or `published`;
 * - on items with drafts, translators and reviewers never change the item's document-level state: whatever they send
 *   (`_status: "draft"` without `?draft=true`), their save is a draft save of their language, and they restore versions
 *   as drafts only. A
 *   reviewer publishes a language with `_status: "published"`, which publishes that language only
 *   (cms/hooks/publishRequestLocale.ts); taking a whole item offline is for editors and admins.
 */
export const boundWrites: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req, collection }) => {
  if (!writeOperations.has(operation) || overrideAccess === true) return args
  const bounded: OperationArgs = { ...args }
  if ('id' in bounded && bounded.id !== undefined && !isDocumentId(req.payload, bounded.id)) {
    throw new BoundaryRefusal(staffMessage(req, 'error.noSuchId', { id: String(bounded.id).slice(0, 40) }), 404)
  }
  if (operation === 'create' || operation === 'update') {
    const data = bounded.data
    if (data !== undefined && (!data || typeof data !== 'object' || Array.isArray(data))) {
      throw new BoundaryRefusal(staffMessage(req, 'error.dataNotObject'), 400)
    }
    const status = (data as Record<string, unknown> | undefined)?._status
    if (status !== undefined && !documentStatuses.has(status as string)) {
      throw new BoundaryRefusal(staffMessage(req, 'error.unknownDocumentStatus', { status: String(status).slice(0, 40) }), 400)
    }
  }
  const hasDrafts = Boolean(collection.versions?.drafts)
  if (hasDrafts && req.user && !managesAllContent(req.user)) {
    // Payload's switches for publishing every locale at once are for editors only.
    delete bounded.publishAllLocales
    delete bounded.unpublishAllLocales
    delete bounded.publishSpecificLocale
    // Payload reads a restore's `draft` before this hook runs, so it cannot be turned into a draft restore here.
    if (operation === 'restoreVersion' && !bounded.draft) {
      throw new BoundaryRefusal(staffMessage(req, 'error.restoreAsDraft'), 403)
    }
    if (operation === 'update' && (bounded.data as Record<string, unknown> | undefined)?._status !== 'published') {
      bounded.draft = true
      bounded.data = { ...(bounded.data as Record<string, unknown>), _status: 'draft' }
    }
  }
  return bounded as typeof args
}
