import type { Payload } from 'payload'

import type { Role } from '../../cms/access/roles'

/** The password of every test account. */
export const testPassword = 'correct horse battery staple'

/** Creates a staff account directly (as the system would), and returns it as a `user` for Local API calls. */
export async function createUser(payload: Payload, role: Role, locales: string[] = []) {
  const user = await payload.create({
    collection: 'users',
    data: { email: `${role}-${locales.join('-') || 'all'}-${Math.random().toString(36).slice(2)}@concord.test`, password: testPassword, role, assignedLocales: locales as never },
  })
  return { ...user, collection: 'users' as const }
}
