import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { collectionSlugs } from './collectionSlugs'
import { dataDir } from './paths'

export interface FirstAdmin {
  email: string
  /** Only set the first time, when the account is created: the password is printed once and kept in `.data/`. */
  password?: string
  credentialsFile: string
}

export const firstAdminEmail = process.env.CONCORD_ADMIN_EMAIL ?? 'admin@concord.localhost'

/**
 * Creates the first admin account on an empty system with a generated password, stored under `.data/` (mode 600)
 * so it can be looked up again; never a hard-coded password.
 */
export async function ensureFirstAdmin(payload: Payload, directory: string = dataDir): Promise<FirstAdmin> {
  const credentialsFile = path.join(directory, credentialsFileName(process.env.DATABASE_URI))
  const { totalDocs } = await payload.count({ collection: collectionSlugs.users, overrideAccess: true })
  if (totalDocs > 0) return { email: firstAdminEmail, credentialsFile }
  const password = randomBytes(12).toString('base64url')
  await payload.create({
    collection: collectionSlugs.users,
    data: { email: firstAdminEmail, password, name: 'Administrator', role: 'admin' },
    overrideAccess: true,
  })
  fs.mkdirSync(directory, { recursive: true })
  fs.writeFileSync(credentialsFile, `email: ${firstAdminEmail}\npassword: ${password}\n`, { mode: 0o600 })
  return { email: firstAdminEmail, password, credentialsFile }
}

/** One credentials file per database, so the dev database's admin never overwrites the main one's login. */
export function credentialsFileName(databaseUri: string | undefined): string {
  const database = (databaseUri ?? '').split(/[/:?]/).filter(Boolean).at(-1)?.replace(/\.db$/, '').replace(/[^\w-]/g, '')
  return database ? `first-admin-${database}.txt` : 'first-admin.txt'
}
