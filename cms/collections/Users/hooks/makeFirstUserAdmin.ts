import type { CollectionBeforeChangeHook } from 'payload'

import { collectionSlugs } from '../../../collectionSlugs'

/** The account created on an empty system (the admin's "create first user" screen) is an admin. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: collectionSlugs.users, overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
