import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import zlib from 'node:zlib'

import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { manifestName, type BackupManifest } from '../../cms/backup/manifest'
import { markPortalRunning } from '../../cms/backup/portalPidFile'
import { projectRoot } from '../../cms/paths'
import { publishSite } from '../../publishing/pipeline/publishSite'
import { Releases } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { listFiles } from '../helpers/builtSite'
import { fixtureCorpus } from '../helpers/corpus'
import { startPayload, type TestPayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'

/**
 * Backup while the portal runs, then edits, a deletion and an upload, then restore: the site rebuilt from the
 * restored data must serve exactly what the site served when the backup was made. Backup and restore run as the
 * real scripts (`npm run backup`, `npm run restore`), in their own processes, on this test's data folder.
 */
const skipOnMongo = Boolean(process.env.TEST_MONGODB_URI)
let ctx: TestPayload
let payload: Payload
let dataDir: string
let work: string
let servedAtBackup: Map<string, Buffer>

const siteRoot = () => path.join(dataDir, 'site')
const liveRelease = () => new Releases(siteRoot()).current()!
/** Every file a release serves, by path (the renderer's own state excluded: it records when it ran). */
const served = (release: string) =>
  new Map(listFiles(release).filter((file) => !file.startsWith('.release')).map((file) => [file, fs.readFileSync(path.join(release, file))]))
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
/** What the data folder holds, file by file, except SQLite's shared-memory index (rebuilt by whoever opens it). */
const fingerprint = (folder: string) =>
  Object.fromEntries(
    listFiles(folder)
      .filter((file) => !file.endsWith('-shm'))
      .sort()
      .map((file) => [file, sha256(fs.readFileSync(path.join(folder, file)))]),
  )
const leftovers = () => fs.readdirSync(path.dirname(dataDir)).filter((name) => name.startsWith(`${path.basename(dataDir)}.restoring-`))

/**
 * Stops this process's Payload as if its process had exited. Payload's SQLite adapter leaves its libSQL client open
 * on destroy (the scripts exit instead), and libSQL closes the file only once its statements are garbage-collected.
 */
async function stopPortal(instance: Payload) {
  await instance.destroy()
  ;(instance.db as unknown as { client?: { close(): void } }).client?.close()
  v8.setFlagsFromString('--expose-gc')
  const collectGarbage = vm.runInNewContext('gc') as () => void
  const databaseOpenHere = () =>
    fs.readdirSync('/proc/self/fd').some((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(path.join(dataDir, 'concord.db'))
      } catch {
        return false
      }
    })
  for (let round = 0; round < 50 && databaseOpenHere(); round++) {
    collectGarbage()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  expect(databaseOpenHere()).toBe(false)
}

function script(name: 'backup' | 'restore', ...args: string[]) {
  const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [`scripts/${name}.ts`, ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONCORD_DATA_DIR: dataDir },
    encoding: 'utf8',
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/**
 * `npm run backup` while the portal runs, made once by the first test that needs it (each test calls the steps it
 * stands on, so any one can run alone): its exit status, what it printed, and the archives it wrote.
 */
let backupRun: { status: number | null; output: string; archives: string[] } | undefined
function backupWhilePortalRuns() {
  if (!backupRun) {
    const { status, output } = script('backup', path.join(work, 'backups'))
    const folder = path.join(work, 'backups')
    backupRun = { status, output, archives: fs.existsSync(folder) ? fs.readdirSync(folder).map((name) => path.join(folder, name)) : [] }
  }
  return backupRun
}
const archive = () => {
  const [written] = backupWhilePortalRuns().archives
  if (!written) throw new Error(`The backup wrote no archive:\n${backupWhilePortalRuns().output}`)
  return written
}

/** After the backup: an edit, a deletion and an upload, published; made once, by the first test that needs them. */
let changesMade: Promise<void> | undefined
const changeSiteAfterBackup = () => (changesMade ??= makeChanges())
async function makeChanges() {
  archive()
  const { docs } = await payload.find({ collection: 'articles', locale: 'en', where: { title: { in: ['Kept and edited later', 'Deleted after the backup'] } } })
  const kept = docs.find((doc) => doc.title === 'Kept and edited later')!
  const deleted = docs.find((doc) => doc.title === 'Deleted after the backup')!
  const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } }).png().toBuffer()
  const upload = await payload.create({
    collection: 'media',
    locale: 'en',
    data: { alt: 'A red rectangle uploaded after the backup' },
    file: { data: image, mimetype: 'image/png', name: 'after-backup.png', size: image.byteLength },
    context: { skipSiteBuild: true },
  })
  await payload.update({
    collection: 'articles',
    id: kept.id,
    locale: 'en',
    data: { title: 'Edited after the backup', cover: upload.id, _status: 'published' },
    context: { skipSiteBuild: true },
  })
  await payload.delete({ collection: 'articles', id: deleted.id, context: { skipSiteBuild: true } })
  await publishFull('after the changes')
}

async function publishFull(trigger: string) {
  const result = await publishSite(payload, { trigger, root: siteRoot(), full: true })
  expect(result.error).toBeUndefined()
  expect(result.status).toBe('live')
}

beforeAll(async () => {
  if (skipOnMongo) return
  ctx = await startPayload()
  payload = ctx.payload
  dataDir = ctx.dataDir
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-backup-test-'))
  // The secret `npm start` generates when PAYLOAD_SECRET is not set (the tests set it, so make the file here).
  fs.writeFileSync(path.join(dataDir, 'payload-secret'), 'generated-secret-of-this-portal', { mode: 0o600 })
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  for (const title of ['Kept and edited later', 'Deleted after the backup']) {
    await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title, summary: `${title}.`, body: paragraph(`${title}, the body.`), _status: 'published', publishedAt: '2026-01-02T00:00:00.000Z' },
      context: { skipSiteBuild: true },
    })
  }
  await publishFull('before the backup')
  servedAtBackup = served(liveRelease())
}, 600_000)

afterAll(async () => {
  await payload?.destroy().catch(() => undefined)
  if (dataDir) for (const name of fs.readdirSync(path.dirname(dataDir))) {
    if (name.startsWith(`${path.basename(dataDir)}.`)) fs.rmSync(path.join(path.dirname(dataDir), name), { recursive: true, force: true })
  }
  if (work) fs.rmSync(work, { recursive: true, force: true })
  if (ctx) fs.rmSync(ctx.dataDir, { recursive: true, force: true })
})

describe.skipIf(skipOnMongo)('backup and restore', () => {
  it('should write one archive of the database, the uploads and a checksummed manifest while the portal runs', () => {
    // Payload has the database open in this process the whole time: the backup is an online snapshot.
    const { status, output, archives } = backupWhilePortalRuns()
    expect(output).toMatch(/Backup written: .*concord-backup-\d{8}-\d{6}\.tar\.gz/)
    expect(status).toBe(0)
    expect(output).not.toMatch(/PAYLOAD SECRET/)
    expect(archives).toHaveLength(1)
    expect(fs.statSync(archive()).mode & 0o777).toBe(0o600)

    const manifest = JSON.parse(readEntries(archive()).get(manifestName)!.toString('utf8')) as BackupManifest
    expect(manifest).toMatchObject({ format: 'concord-backup', formatVersion: 1, withSecret: false })
    const paths = manifest.entries.map((entry) => entry.path)
    expect(paths[0]).toBe('concord.db')
    expect(paths).toContain('media/square.png')
    expect(paths).toContain('files/guide.en.pdf')
    expect(paths).not.toContain('payload-secret')
    expect(paths.some((entry) => entry.startsWith('site/'))).toBe(false)
    for (const entry of manifest.entries.filter((candidate) => candidate.path !== 'concord.db')) {
      expect(entry.sha256).toBe(sha256(fs.readFileSync(path.join(dataDir, entry.path))))
    }
  })

  it('should add the secret only when asked, and say so loudly', () => {
    const { status, output } = script('backup', path.join(work, 'with-secret'), '--with-secret')
    expect(status).toBe(0)
    expect(output).toMatch(/THIS ARCHIVE CONTAINS THE PAYLOAD SECRET/)
    const [name] = fs.readdirSync(path.join(work, 'with-secret'))
    const entries = readEntries(path.join(work, 'with-secret', name))
    expect(entries.get('payload-secret')?.toString('utf8')).toBe(fs.readFileSync(path.join(dataDir, 'payload-secret'), 'utf8'))
  })

  it('should change the site after the backup: an edit, a deletion and an upload', async () => {
    await changeSiteAfterBackup()
    const now = served(liveRelease())
    expect([...now.keys()].some((file) => file.includes('deleted-after-the-backup'))).toBe(false)
    expect([...now.values()].some((bytes) => bytes.includes('Edited after the backup'))).toBe(true)
    expect(fs.existsSync(path.join(dataDir, 'media', 'after-backup.png'))).toBe(true)
  }, 600_000)

  it('should refuse to restore while the portal has the database open, changing nothing', async () => {
    // A read keeps the libSQL client's connection (and so the database file) open, as a serving portal's queue
    // polling does; a transaction's connection is closed after it, which is why `npm start` also leaves a pid file.
    await payload.find({ collection: 'articles', limit: 1 })
    const before = fingerprint(dataDir)
    const { status, output } = script('restore', archive())
    expect(output).toMatch(new RegExp(`Restore refused: The database concord\\.db is in use by process ${process.pid} \\(.*\\): stop the portal`))
    expect(status).toBe(1)
    expect(fingerprint(dataDir)).toEqual(before)
    expect(leftovers()).toEqual([])
  })

  describe('with the portal stopped', () => {
    beforeAll(async () => {
      // What the tests below stand on, whichever of them runs: the archive, then the changes made after it.
      archive()
      await changeSiteAfterBackup()
      await stopPortal(payload)
    }, 600_000)

    it('should refuse to restore while `npm start` runs, even with no database connection open', () => {
      // What scripts/start.ts writes: this test process plays the running portal.
      const remove = markPortalRunning(dataDir)
      try {
        const before = fingerprint(dataDir)
        const { status, output } = script('restore', archive())
        expect(output).toMatch(new RegExp(`Restore refused: The portal is running \\(npm start, process ${process.pid}\\)`))
        expect(status).toBe(1)
        expect(fingerprint(dataDir)).toEqual(before)
      } finally {
        remove()
      }
      expect(fs.existsSync(path.join(dataDir, 'portal.pid'))).toBe(false)
    })

    it.each([
      ['a truncated archive', /damaged or incomplete/, (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * 0.6))],
      ['an archive with an altered upload', /"media\/square\.png" does not match its checksum/, (bytes: Buffer) => alterEntry(bytes, 'media/square.png')],
      ['a foreign archive', /not a Concord backup: it does not start with concord-backup\.json/, () => tarOf({ 'notes.txt': 'hello' })],
      ['an archive of a newer format', /format version 2/, (bytes: Buffer) => alterManifest(bytes, (manifest) => ({ ...manifest, formatVersion: 2 }))],
      ['an archive with a file its manifest does not list', /does not list/, (bytes: Buffer) => appendEntry(bytes, 'media/extra.png', 'x')],
      ['an archive that escapes its folder', /does not list/, (bytes: Buffer) => appendEntry(bytes, '../outside.txt', 'x')],
      ['a file that is no archive', /damaged or incomplete/, () => Buffer.from('just some text, not a tar archive at all')],
    ])('should refuse %s and change nothing', (_label, reason, make) => {
      const broken = path.join(work, `broken-${Math.random().toString(36).slice(2)}.tar.gz`)
      fs.writeFileSync(broken, make(fs.readFileSync(archive())))
      const before = fingerprint(dataDir)
      const { status, output } = script('restore', broken)
      expect(output).toMatch(reason)
      expect(output).toMatch(/The data folder was not changed/)
      expect(status).toBe(1)
      expect(fingerprint(dataDir)).toEqual(before)
      expect(leftovers()).toEqual([])
      expect(fs.existsSync(path.join(path.dirname(dataDir), 'outside.txt'))).toBe(false)
    })

    it('should restore the archive, and the rebuilt site should serve exactly what it served at backup time', async () => {
      const { status, output } = script('restore', archive())
      expect(output).toMatch(/Restored .* the database and \d+ upload file\(s\); the current Payload secret is kept\./)
      expect(status).toBe(0)
      const previous = /kept at (\S+);/.exec(output)![1]
      expect(fs.existsSync(path.join(previous, 'media', 'after-backup.png'))).toBe(true)
      expect(fs.existsSync(path.join(dataDir, 'media', 'after-backup.png'))).toBe(false)
      expect(fs.readFileSync(path.join(dataDir, 'payload-secret'), 'utf8')).toBe(fs.readFileSync(path.join(previous, 'payload-secret'), 'utf8'))
      // Releases are rebuilt, not restored.
      expect(fs.existsSync(siteRoot())).toBe(false)

      const { default: config } = await import('../../cms/payload.config')
      payload = await getPayload({ config, key: 'after-restore' })
      const titles = (await payload.find({ collection: 'articles', locale: 'en', limit: 0 })).docs.map((doc) => doc.title)
      expect(titles).toEqual(expect.arrayContaining(['Kept and edited later', 'Deleted after the backup']))
      await publishFull('after the restore')
      const rebuilt = served(liveRelease())
      expect([...rebuilt.keys()].sort()).toEqual([...servedAtBackup.keys()].sort())
      const different = [...servedAtBackup].filter(([file, bytes]) => !rebuilt.get(file)!.equals(bytes)).map(([file]) => file)
      expect(different).toEqual([])
    }, 600_000)
  })
})

// --- Archives taken apart and put together again, to break them in one precise way each.

interface TarEntry {
  header: Buffer
  body: Buffer
}

/** The entries of an uncompressed ustar archive (what node-tar writes for these short paths). */
function tarEntries(tar: Buffer): TarEntry[] {
  const entries: TarEntry[] = []
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const size = parseInt(header.subarray(124, 136).toString('ascii').replace(/\0.*$/, '').trim() || '0', 8)
    entries.push({ header: Buffer.from(header), body: Buffer.from(tar.subarray(offset + 512, offset + 512 + size)) })
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return entries
}

function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512)
  header.write(name, 0, 'utf8')
  header.write('0000644\0', 100, 'ascii')
  header.write('0000000\0', 108, 'ascii')
  header.write('0000000\0', 116, 'ascii')
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii')
  header.write(`${Math.floor(Date.now() / 1000).toString(8).padStart(11, '0')}\0`, 136, 'ascii')
  header.write('0', 156, 'ascii')
  header.write('ustar\0', 257, 'ascii')
  header.write('00', 263, 'ascii')
  return withChecksum(header)
}

function withChecksum(header: Buffer): Buffer {
  header.fill(' ', 148, 156)
  const sum = header.reduce((total, byte) => total + byte, 0)
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii')
  return header
}

function packTar(entries: TarEntry[]): Buffer {
  const blocks = entries.flatMap(({ header, body }) => [header, body, Buffer.alloc((512 - (body.length % 512)) % 512)])
  return zlib.gzipSync(Buffer.concat([...blocks, Buffer.alloc(1024)]))
}

const entryName = (entry: TarEntry) => entry.header.subarray(0, 100).toString('utf8').replace(/\0.*$/, '')

function readEntries(file: string): Map<string, Buffer> {
  return new Map(tarEntries(zlib.gunzipSync(fs.readFileSync(file))).map((entry) => [entryName(entry), entry.body]))
}

const tarOf = (files: Record<string, string>) =>
  packTar(Object.entries(files).map(([name, text]) => ({ header: tarHeader(name, Buffer.byteLength(text)), body: Buffer.from(text) })))

function alterEntry(archiveBytes: Buffer, name: string): Buffer {
  const entries = tarEntries(zlib.gunzipSync(archiveBytes))
  const target = entries.find((entry) => entryName(entry) === name)!
  target.body[target.body.length - 1] ^= 0xff
  return packTar(entries)
}

function alterManifest(archiveBytes: Buffer, change: (manifest: BackupManifest) => unknown): Buffer {
  const entries = tarEntries(zlib.gunzipSync(archiveBytes))
  const manifest = Buffer.from(JSON.stringify(change(JSON.parse(entries[0].body.toString('utf8')) as BackupManifest)))
  entries[0] = { header: tarHeader(manifestName, manifest.length), body: manifest }
  return packTar(entries)
}

function appendEntry(archiveBytes: Buffer, name: string, text: string): Buffer {
  const entries = tarEntries(zlib.gunzipSync(archiveBytes))
  entries.push({ header: tarHeader(name, Buffer.byteLength(text)), body: Buffer.from(text) })
  return packTar(entries)
}
