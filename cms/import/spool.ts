import fs from 'node:fs'

import type { SourceEntry } from './types'

/** Where an entry lies in the spool file. */
export interface SpoolRef {
  offset: number
  length: number
}

/**
 * The entries of a source, one JSON line each, in a file: the readers stream the archive into it, and the writer
 * reads back only the entries of the item it is writing. Memory then stays bounded by the largest item, not the
 * archive, and the writing processes (see `runImport.ts`) share it without re-parsing the XML.
 */
export class SpoolWriter {
  private readonly fd: number
  private offset = 0

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w', 0o600)
  }

  add(entry: SourceEntry): SpoolRef {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8')
    fs.writeSync(this.fd, line)
    const ref = { offset: this.offset, length: line.length - 1 }
    this.offset += line.length
    return ref
  }

  close() {
    fs.closeSync(this.fd)
  }
}

/** Reads entries back by their place in the spool. */
export class SpoolReader {
  private fd: number | undefined

  constructor(readonly file: string) {}

  read(ref: SpoolRef): SourceEntry {
    this.fd ??= fs.openSync(this.file, 'r')
    const buffer = Buffer.alloc(ref.length)
    fs.readSync(this.fd, buffer, 0, ref.length, ref.offset)
    return JSON.parse(buffer.toString('utf8')) as SourceEntry
  }

  close() {
    if (this.fd !== undefined) fs.closeSync(this.fd)
    this.fd = undefined
  }
}
