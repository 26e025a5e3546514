/**
 * `npm run restore -- <archive>`: checks the whole archive, then swaps it in for the data folder at once; the portal
 * must be stopped. See cms/backup/restoreBackup.ts.
 */
import { BackupRefused } from '../cms/backup/manifest'
import { restoreBackup } from '../cms/backup/restoreBackup'
import { dataDir } from '../cms/paths'

const archive = process.argv.slice(2).find((argument) => !argument.startsWith('--'))
if (!archive) {
  console.error('Usage: npm run restore -- <archive.tar.gz>   (stop the portal first)')
  process.exit(2)
}

try {
  const { manifest, previous, secretKept } = await restoreBackup({ archive })
  const uploads = manifest.entries.filter((entry) => entry.path.includes('/')).length
  console.log(
    [
      `Restored ${archive} (made ${manifest.createdAt}) into ${dataDir}: the database and ${uploads} upload file(s)` +
        (manifest.withSecret ? ', and the Payload secret from the archive.' : secretKept ? '; the current Payload secret is kept.' : '.'),
      previous ? `The data folder it replaced is kept at ${previous}; delete it once the restored portal looks right.` : '',
      'The public site is rebuilt from the restored content by the next `npm start` (or run `npm run publish -- --full`).',
    ]
      .filter(Boolean)
      .join('\n'),
  )
} catch (error) {
  console.error(error instanceof BackupRefused ? `Restore refused: ${error.message}` : error)
  console.error('The data folder was not changed.')
  process.exit(1)
}
