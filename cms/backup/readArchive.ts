/**
 * Reads a backup archive from start to end and checks all of it: it is a tar (gzip-compressed), its first entry is
 * a Concord manifest of a known format version, every other entry is a plain file the manifest lists, with the
 * listed size and SHA-256, and nothing the manifest lists is missing. A truncated, altered or foreign archive is
 * refused. With `extractTo`, the files are written there as they are read (and must be thrown away on refusal).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { Parser, type ReadEntry } from 'tar'

import { BackupRefused, manifestName, parseManifest, pathIn, type BackupManifest } from './manifest'

/** Largest manifest accepted: one line per upload keeps even a large portal's far below this. */
const maxManifestBytes = 64 * 1024 * 1024

export async function readArchive(archive: string, extractTo?: string): Promise<BackupManifest> {
  if (!fs.existsSync(archive) || !fs.statSync(archive).isFile()) throw new BackupRefused(`There is no archive at ${archive}.`)
  let manifest: BackupManifest | undefined
  let refusal: BackupRefused | undefined
  const seen = new Map<string, { size: number; sha256: string }>()
  const claimed = new Set<string>()
  const pending: Promise<void>[] = []
  let entries = 0

  const refuse = (reason: string) => {
    refusal ??= new BackupRefused(reason)
  }
  const parser = new Parser({ strict: true })
  parser.on('entry', (entry: ReadEntry) => {
    const index = entries++
    if (refusal) return entry.resume()
    if (index === 0) {
      if (entry.path !== manifestName || entry.type !== 'File' || entry.size > maxManifestBytes) {
        refuse(`This is not a Concord backup: it does not start with ${manifestName}.`)
        return entry.resume()
      }
      // Parsed on the entry's 'end', which node-tar emits before it hands out the next entry.
      const chunks: Buffer[] = []
      entry.on('data', (chunk: Buffer) => chunks.push(chunk))
      entry.on('end', () => {
        try {
          manifest = parseManifest(Buffer.concat(chunks).toString('utf8'))
        } catch (error) {
          refuse((error as Error).message)
        }
      })
      return
    }
    const listed = manifest?.entries.find((candidate) => candidate.path === entry.path)
    if (!manifest || !listed || entry.type !== 'File' || claimed.has(entry.path)) {
      refuse(
        !manifest
          ? 'The manifest could not be read before the files.'
          : `The archive holds "${entry.path}" (${entry.type}), which its manifest does not list as a file.`,
      )
      return entry.resume()
    }
    claimed.add(entry.path)
    pending.push(
      consume(entry, extractTo && pathIn(extractTo, entry.path)).then(
        (found) => void seen.set(entry.path, found),
        (error) => refuse(`"${entry.path}" could not be read: ${(error as Error).message}`),
      ),
    )
  })

  try {
    await pipeline(fs.createReadStream(archive), parser as unknown as NodeJS.WritableStream)
  } catch (error) {
    // node-tar reports a truncated or damaged archive (and gzip its damaged stream) here, with strict set.
    throw new BackupRefused(`The archive is damaged or incomplete: ${(error as Error).message}`)
  }
  await Promise.all(pending)
  if (refusal) throw refusal
  if (!manifest) throw new BackupRefused(`This is not a Concord backup: it holds no ${manifestName}.`)
  for (const expected of manifest.entries) {
    const found = seen.get(expected.path)
    if (!found) throw new BackupRefused(`The archive is incomplete: "${expected.path}" is missing.`)
    if (found.size !== expected.size || found.sha256 !== expected.sha256) {
      throw new BackupRefused(`"${expected.path}" does not match its checksum in the manifest: the archive was altered or damaged.`)
    }
  }
  return manifest
}

/** Hashes an entry's bytes and, when given a target, writes them there. */
async function consume(entry: ReadEntry, target?: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256')
  let size = 0
  const writer = target ? (fs.mkdirSync(path.dirname(target), { recursive: true }), fs.createWriteStream(target, { flags: 'wx' })) : undefined
  try {
    for await (const chunk of entry) {
      const bytes = chunk as Buffer
      hash.update(bytes)
      size += bytes.byteLength
      if (writer && !writer.write(bytes)) await new Promise<void>((resolve) => writer.once('drain', () => resolve()))
    }
  } finally {
    if (writer) await new Promise<void>((resolve, reject) => writer.end((error?: Error | null) => (error ? reject(error) : resolve())))
  }
  return { size, sha256: hash.digest('hex') }
}
