/**
 * `npm run backup`: one archive of everything the portal cannot rebuild — the database (an online snapshot, taken
 * while the portal runs), the uploads, and with `withSecret` the Payload secret — with a manifest of SHA-256
 * checksums. Site releases are not included: they are rebuilt from the database and uploads.
 */
import fs from 'node:fs'
import path from 'node:path'

import { create as createTar } from 'tar'

import { dataDir as defaultDataDir } from '../paths'
import { readArchive } from './readArchive'
import { regularFilesUnder, sha256File } from './files'
import {
  BackupRefused,
  backupFormat,
  backupFormatVersion,
  databaseEntry,
  manifestName,
  secretEntry,
  uploadFolders,
  type BackupManifest,
  type ManifestEntry,
} from './manifest'
import { snapshotDatabase, sqliteDatabaseFile } from './sqliteFile'

export interface BackupOptions {
  /** A folder (the archive gets a dated name in it) or a file path ending in `.tar.gz`. */
  destination: string
  withSecret?: boolean
  dataDir?: string
  env?: Record<string, string | undefined>
  now?: Date
}

export interface BackupResult {
  archive: string
  manifest: BackupManifest
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const dataDir = options.dataDir ?? defaultDataDir
  const env = options.env ?? process.env
  const databaseFile = sqliteDatabaseFile(env, dataDir)
  const secretFile = path.join(dataDir, secretEntry)
  if (options.withSecret && !fs.existsSync(secretFile)) {
    throw new BackupRefused(`--with-secret: there is no ${secretFile} (with PAYLOAD_SECRET set, keep the secret in your secret store instead).`)
  }
  const createdAt = options.now ?? new Date()
  const archive = archivePath(options.destination, createdAt)
  fs.mkdirSync(path.dirname(archive), { recursive: true })
  if (fs.existsSync(archive)) throw new BackupRefused(`${archive} exists already; choose another name.`)

  // Everything is assembled next to the archive, under names the tar entries will have: the snapshot, the manifest,
  // and links to the upload folders and the secret (followed when packing, so the archive holds plain files).
  const work = fs.mkdtempSync(path.join(path.dirname(archive), '.concord-backup-'))
  const partial = `${archive}.partial`
  try {
    await snapshotDatabase(databaseFile, path.join(work, databaseEntry))
    const sources: [entry: string, file: string][] = [[databaseEntry, path.join(work, databaseEntry)]]
    for (const folder of uploadFolders) {
      const source = path.join(dataDir, folder)
      if (fs.existsSync(source)) fs.symlinkSync(source, path.join(work, folder))
      for (const file of regularFilesUnder(source)) sources.push([`${folder}/${file}`, path.join(source, ...file.split('/'))])
    }
    if (options.withSecret) {
      fs.symlinkSync(secretFile, path.join(work, secretEntry))
      sources.push([secretEntry, secretFile])
    }

    const entries: ManifestEntry[] = []
    for (const [entry, file] of sources) entries.push({ path: entry, size: fs.statSync(file).size, sha256: await sha256File(file) })
    const manifest: BackupManifest = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      createdAt: createdAt.toISOString(),
      database: { kind: 'sqlite', path: databaseEntry },
      withSecret: Boolean(options.withSecret),
      entries,
    }
    fs.writeFileSync(path.join(work, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)

    // The archive holds password hashes (and maybe the secret): readable by its owner only, from the first byte.
    fs.closeSync(fs.openSync(partial, 'wx', 0o600))
    await createTar(
      { file: partial, cwd: work, gzip: true, portable: true, follow: true, noDirRecurse: true, strict: true },
      [manifestName, ...entries.map((entry) => entry.path)],
    )
    // Read back and checked like a restore would: an upload replaced while it was being packed is caught here.
    await readArchive(partial)
    fs.renameSync(partial, archive)
    return { archive, manifest }
  } catch (error) {
    fs.rmSync(partial, { force: true })
    if (error instanceof BackupRefused && /does not match its checksum|size/.test(error.message)) {
      throw new BackupRefused(`An upload changed while the backup was being written (${error.message}); run the backup again.`)
    }
    throw error
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

function archivePath(destination: string, createdAt: Date): string {
  const resolved = path.resolve(destination)
  if (resolved.endsWith('.tar.gz')) return resolved
  const stamp = createdAt.toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*$/, '')
  return path.join(resolved, `concord-backup-${stamp}.tar.gz`)
}
