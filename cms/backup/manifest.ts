/**
 * What a Concord backup archive holds, and the manifest that describes it. The archive is a gzip-compressed tar whose
 * first entry is the manifest; the other entries keep the data folder's own layout, so a verified archive unpacked
 * into an empty folder is a data folder.
 */
import path from 'node:path'

export const manifestName = 'concord-backup.json'
export const backupFormat = 'concord-backup'
/** Raised when the layout or the manifest changes; restore refuses versions it does not know. */
export const backupFormatVersion = 1

/** The database snapshot's entry (the data folder's default database file name). */
export const databaseEntry = 'concord.db'
/** Only with `--with-secret`. */
export const secretEntry = 'payload-secret'
/** Payload's upload folders in the data folder (see cms/collections/Media and Files). */
export const uploadFolders = ['media', 'files'] as const

export interface ManifestEntry {
  /** Path inside the archive and the data folder, with forward slashes. */
  path: string
  size: number
  sha256: string
}

export interface BackupManifest {
  format: typeof backupFormat
  formatVersion: number
  createdAt: string
  database: { kind: 'sqlite'; path: typeof databaseEntry }
  withSecret: boolean
  entries: ManifestEntry[]
}

/** A backup or restore that cannot go ahead, for a reason the operator can act on; nothing was changed. */
export class BackupRefused extends Error {}

/**
 * Whether an archive path may exist in a backup: the database, the secret, or a file under an upload folder, with
 * no empty, `.` or `..` segment. Anything else in an archive is refused, so unpacking can never leave its folder.
 */
export function isBackupPath(entry: string): boolean {
  if (entry === databaseEntry || entry === secretEntry) return true
  const segments = entry.split('/')
  if (!(uploadFolders as readonly string[]).includes(segments[0]) || segments.length < 2) return false
  return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes('\\') && !segment.includes('\0'))
}

/** The manifest read from an archive, or the reason it is not one Concord can restore. */
export function parseManifest(text: string): BackupManifest {
  let value: Partial<BackupManifest>
  try {
    value = JSON.parse(text) as Partial<BackupManifest>
  } catch {
    throw new BackupRefused(`This is not a Concord backup: its ${manifestName} is not JSON.`)
  }
  if (value?.format !== backupFormat) throw new BackupRefused(`This is not a Concord backup: its ${manifestName} does not say "${backupFormat}".`)
  if (value.formatVersion !== backupFormatVersion) {
    throw new BackupRefused(
      `This backup has format version ${String(value.formatVersion)}; this Concord restores version ${backupFormatVersion}. Use the Concord version that made it.`,
    )
  }
  const entries = Array.isArray(value.entries) ? value.entries : []
  const wellFormed = entries.every(
    (entry) =>
      typeof entry?.path === 'string' &&
      isBackupPath(entry.path) &&
      Number.isSafeInteger(entry.size) &&
      entry.size >= 0 &&
      typeof entry.sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(entry.sha256),
  )
  if (!wellFormed || new Set(entries.map((entry) => entry.path)).size !== entries.length) {
    throw new BackupRefused(`The backup's ${manifestName} lists an entry that is not a database, secret or upload file, or one entry twice.`)
  }
  if (!entries.some((entry) => entry.path === databaseEntry)) throw new BackupRefused('The backup holds no database.')
  if (Boolean(value.withSecret) !== entries.some((entry) => entry.path === secretEntry)) {
    throw new BackupRefused(`The backup's ${manifestName} disagrees with its entries about the secret.`)
  }
  return value as BackupManifest
}

/** An archive path as a path under `root` (which it cannot leave: see isBackupPath). */
export function pathIn(root: string, entry: string): string {
  return path.join(root, ...entry.split('/'))
}
