import type { CollectionConfig } from 'payload'

import { serverOnly } from '../../access/serverOnly'
import { collectionSlugs } from '../../collectionSlugs'

/**
 * Counters that guard sign-in and password resets (cms/auth/throttle.ts): one per purpose and e-mail address, keyed
 * by a hash of both, whether or not an account has that address — so a locked address says nothing about whether it
 * exists. Written by the server only, never shown.
 */
export const AuthThrottles: CollectionConfig = {
  slug: collectionSlugs.authThrottles,
  admin: { hidden: true },
  // Nobody edits these in the admin, so nothing to lock.
  lockDocuments: false,
  access: { read: serverOnly, create: serverOnly, update: serverOnly, delete: serverOnly },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    { name: 'windowEndsAt', type: 'date', required: true },
    { name: 'lockedUntil', type: 'date' },
  ],
}
