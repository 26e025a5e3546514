/**
 * `npm run restore -- <archive>`: replaces the data folder with a backup, all or nothing. The whole archive is read
 * and checked first (readArchive.ts) while being unpacked into a new folder beside the data folder; only then, with
 * the database locked against every other process, is the data folder renamed aside and the new one renamed into
 * its place. A refused archive, a running portal or a failure leaves the data folder as it was.
 *
 * The restored folder holds what the archive holds: the database, the uploads and, if the archive has none, the
 * current secret (so sessions and API keys stay valid). Site releases are not restored: the next `npm start`
 * builds the site from the restored content (or `npm run publish -- --full`). The previous folder is kept beside
 * it, `<data folder>.before-restore-<time>`, for the operator to delete.
 */
import fs from 'node:fs'
import path from 'node:path'

import { dataDir as defaultDataDir } from '../paths'
import { BackupRefused, databaseEntry, secretEntry, uploadFolders, type BackupManifest } from './manifest'
import { runningPortal } from './portalPidFile'
import { readArchive } from './readArchive'
import { lockDatabaseExclusively, sqliteDatabaseFile } from './sqliteFile'

export interface RestoreOptions {
  archive: string
  dataDir?: string
  env?: Record<string, string | undefined>
  now?: Date
}

export interface RestoreResult {
  manifest: BackupManifest
  /** Where the data folder that was replaced now is (undefined when there was none). */
  previous?: string
  secretKept: boolean
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir)
  const databaseFile = sqliteDatabaseFile(options.env ?? process.env, dataDir)
  const relativeDatabase = path.relative(dataDir, databaseFile)
  if (relativeDatabase.startsWith('..') || path.isAbsolute(relativeDatabase)) {
    throw new BackupRefused(`DATABASE_URI points outside the data folder (${databaseFile}); restore replaces the data folder ${dataDir} only.`)
  }
  // Refused early when the portal runs, before reading a large archive; checked again, and held, for the swap.
  refuseWhilePortalRuns(dataDir)
  ;(await lockDatabaseExclusively(databaseFile)).release()

  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  if (fs.existsSync(dataDir) && fs.statSync(dataDir).dev !== fs.statSync(path.dirname(dataDir)).dev) {
    throw new BackupRefused(
      `The data folder ${dataDir} is a mount point, which cannot be swapped by a rename. Mount its parent folder instead, or point CONCORD_DATA_DIR at a folder inside the mount. Nothing was changed.`,
    )
  }
  const staging = fs.mkdtempSync(`${dataDir}.restoring-`)
  try {
    const manifest = await readArchive(path.resolve(options.archive), staging)
    if (relativeDatabase !== databaseEntry) {
      fs.mkdirSync(path.dirname(path.join(staging, relativeDatabase)), { recursive: true })
      fs.renameSync(path.join(staging, databaseEntry), path.join(staging, relativeDatabase))
    }
    for (const folder of uploadFolders) fs.mkdirSync(path.join(staging, folder), { recursive: true })
    const currentSecret = path.join(dataDir, secretEntry)
    const secretKept = !manifest.withSecret && fs.existsSync(currentSecret)
    if (secretKept) fs.copyFileSync(currentSecret, path.join(staging, secretEntry))
    if (fs.existsSync(path.join(staging, secretEntry))) fs.chmodSync(path.join(staging, secretEntry), 0o600)

    refuseWhilePortalRuns(dataDir)
    const lock = await lockDatabaseExclusively(databaseFile)
    try {
      const previous = fs.existsSync(dataDir) ? `${dataDir}.before-restore-${stamp(options.now ?? new Date())}` : undefined
      if (previous) renameOrExplain(dataDir, previous)
      try {
        renameOrExplain(staging, dataDir)
      } catch (error) {
        if (previous) fs.renameSync(previous, dataDir)
        throw error
      }
      return { manifest, previous, secretKept }
    } finally {
      lock.release()
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

function refuseWhilePortalRuns(dataDir: string) {
  const portal = runningPortal(dataDir)
  if (portal) throw new BackupRefused(`The portal is running (npm start, process ${portal.pid}): stop it and restore again. Nothing was changed.`)
}

function renameOrExplain(from: string, to: string) {
  try {
    fs.renameSync(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EXDEV' || code === 'EBUSY') {
      throw new BackupRefused(`${from} cannot be renamed to ${to} (${code}): is the data folder a mount point? Nothing was changed.`)
    }
    throw error
  }
}

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '')
