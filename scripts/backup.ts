/**
 * `npm run backup [-- [--with-secret] [folder | file.tar.gz]]`: one archive of the database (an online snapshot,
 * safe while the portal runs), the uploads and a manifest of checksums, in `backups/` unless told otherwise.
 * See cms/backup/createBackup.ts.
 */
import path from 'node:path'

import { createBackup } from '../cms/backup/createBackup'
import { BackupRefused } from '../cms/backup/manifest'
import { projectRoot } from '../cms/paths'

const args = process.argv.slice(2)
const withSecret = args.includes('--with-secret')
const destination = args.find((argument) => !argument.startsWith('--')) ?? path.join(projectRoot, 'backups')

try {
  const { archive, manifest } = await createBackup({ destination, withSecret })
  const uploads = manifest.entries.filter((entry) => entry.path.includes('/')).length
  const bytes = manifest.entries.reduce((sum, entry) => sum + entry.size, 0)
  console.log(`Backup written: ${archive}\n  the database, ${uploads} upload file(s), ${(bytes / 1024 / 1024).toFixed(1)} MB before compression; every file's SHA-256 is in its manifest.`)
  if (withSecret) {
    const line = '!'.repeat(100)
    console.warn(
      `\n${line}\n!!  THIS ARCHIVE CONTAINS THE PAYLOAD SECRET (payload-secret).\n!!  Anyone who has it can sign in as any user of this portal. Keep the archive encrypted, offline, and\n!!  away from the site's servers, like a password; make backups without --with-secret for everyday copies.\n${line}\n`,
    )
  } else if (process.env.PAYLOAD_SECRET === undefined) {
    console.log('  Not included: the Payload secret (add --with-secret to include it; a restore without it keeps the current one).')
  }
} catch (error) {
  console.error(error instanceof BackupRefused ? `Backup refused: ${error.message}` : error)
  process.exit(1)
}
