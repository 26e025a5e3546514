import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '../access/roles'
import { isDocumentId } from '../boundary/documentIds'
import { staffMessage } from '../i18n/staffMessage'
import { userLabels } from '../translation/store'
import { editLockSeconds } from './editLock'

/** Who holds a document's edit lock, as the edit view's notice shows it; `editor` is null when nobody else does. */
export interface EditingLock {
  editor: { name: string } | null
  /** When the holder's lock was last renewed (their last change). */
  since: string | null
  lockSeconds: number
}

type LockRow = { updatedAt: string; user?: { value?: number | string | { id: number | string } } | null }

/** The live lock on one document held by someone other than the requesting user, if any. */
export async function editingLock(req: PayloadRequest, collection: string, id: number | string): Promise<EditingLock> {
  const lockSeconds = editLockSeconds()
  const { docs } = await req.payload.find({
    collection: 'payload-locked-documents',
    where: {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
        { updatedAt: { greater_than: new Date(Date.now() - lockSeconds * 1000).toISOString() } },
      ],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    // The locks collection is Payload's own; who may see a lock is decided here: signed-in staff, for the name only.
    overrideAccess: true,
    req,
  })
  const lock = docs[0] as LockRow | undefined
  const holder = lock?.user?.value
  const holderId = typeof holder === 'object' ? holder?.id : holder
  if (!lock || holderId === undefined || String(holderId) === String(req.user?.id)) return { editor: null, since: null, lockSeconds }
  const name = (await userLabels(req, [holderId])).get(String(holderId)) ?? String(holderId)
  return { editor: { name }, since: lock.updatedAt, lockSeconds }
}

/** Removes the requesting user's own edit lock on one document (never anyone else's); returns how many were removed. */
export async function releaseOwnLock(req: PayloadRequest, collection: string, id: number | string): Promise<number> {
  if (!req.user) return 0
  const { docs } = await req.payload.delete({
    collection: 'payload-locked-documents',
    where: {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
        { 'user.value': { equals: req.user.id } },
      ],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length
}

/** The document id of the route, or a 400 answer when it cannot be one. */
function routeDocumentId(req: PayloadRequest): number | string | Response {
  const id = String(req.routeParams?.id ?? '')
  if (!isDocumentId(req.payload, id)) return Response.json({ error: staffMessage(req, 'error.notADocumentId', { id }) }, { status: 400 })
  return req.payload.db.defaultIDType === 'number' ? Number(id) : id
}

/**
 * `GET /api/<collection>/:id/editing`: who else is editing the document now (name and since when), for the edit
 * view's "who is editing" notice — Payload's own dialog shows an e-mail, or only an id to users who may not read
 * accounts. Signed-in staff only.
 */
export const editingLockEndpoint: Endpoint = {
  path: '/:id/editing',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) return Response.json({ error: staffMessage(req, 'editing.signInToSee') }, { status: 401 })
    const documentId = routeDocumentId(req)
    if (documentId instanceof Response) return documentId
    const lock = await editingLock(req, String(req.routeParams?.collection), documentId)
    return Response.json(lock, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/**
 * `DELETE /api/<collection>/:id/editing`: the signed-in user lets go of their own edit lock. The edit view calls it
 * when its page goes away (a closed tab, a full page load elsewhere), which Payload does not: it releases the lock
 * only on a save or a move inside the admin, so a closed tab kept colleagues out until the lock ran out.
 */
export const releaseEditingLockEndpoint: Endpoint = {
  path: '/:id/editing',
  method: 'delete',
  handler: async (req) => {
    if (!isStaff(req.user)) return Response.json({ error: staffMessage(req, 'editing.signInToRelease') }, { status: 401 })
    const documentId = routeDocumentId(req)
    if (documentId instanceof Response) return documentId
    const released = await releaseOwnLock(req, String(req.routeParams?.collection), documentId)
    return Response.json({ released })
  },
}
