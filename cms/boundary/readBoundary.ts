import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../access/roles'
import { BoundaryRefusal } from './boundaryRefusal'
import { isDocumentId } from './documentIds'
import { readLimits } from './limits'
import type { OperationArgs } from './operationArgs'
import { whereProblem } from './whereValues'
import { staffMessage } from '../i18n/staffMessage'

const readOperations = new Set(['read', 'count', 'readDistinct', 'countVersions'])

/**
 * Every read that Payload runs for someone (REST, GraphQL, any endpoint calling the Local API with
 * `overrideAccess: false`) passes here, for every collection (installed by withBoundary.ts):
 * - anyone but staff reads the published state only: `draft` is turned off, so the main documents, which hold exactly
 *   what is published in each locale (cms/translation/publicDocument.ts), are all they can see or filter on;
 * - a page of a REST or GraphQL request holds at most `readLimits.*.maxLimit` items and relations are populated at
 *   most `maxDepth` deep;
 * - ids and id filters that cannot name a document are refused instead of failing in the database.
 * Reads by server code (`overrideAccess: true`) are its own business.
 */
export const boundReads: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (!readOperations.has(operation) || overrideAccess === true) return args
  const staff = isStaff(req.user)
  const limits = staff ? readLimits.staff : readLimits.public
  const bounded: OperationArgs = { ...args }
  if (!staff) bounded.draft = false
  if ('id' in bounded && bounded.id !== undefined && !isDocumentId(req.payload, bounded.id)) {
    throw new BoundaryRefusal(staffMessage(req, 'error.noSuchId', { id: String(bounded.id).slice(0, 40) }), 404)
  }
  const problem = whereProblem(req.payload, bounded.collection?.config, bounded.where)
  if (problem) throw new BoundaryRefusal(problem, 400)
  // Page and depth limits bound what a request from outside may ask for: server code reading as the public (the export
  // reads every publication anonymously) decides its own sizes. Relations populated inside a read (currentDepth > 0)
  // follow from the top-level request's bounds.
  if (req.payloadAPI !== 'local' && !bounded.currentDepth) {
    if (typeof bounded.depth === 'number' && bounded.depth > limits.maxDepth) bounded.depth = limits.maxDepth
    if (operation === 'read' && !('id' in bounded && bounded.id !== undefined)) {
      if (!staff) bounded.pagination = true
      // `limit=0` means "everything" to Payload: it gets the largest page instead.
      const asked = bounded.limit
      if (bounded.pagination !== false && typeof asked === 'number' && (asked === 0 || asked > limits.maxLimit)) bounded.limit = limits.maxLimit
    }
  }
  return bounded as typeof args
}
