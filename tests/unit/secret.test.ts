import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { payloadSecret } from '../../cms/secret'

const folders: string[] = []
const tempFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-secret-'))
  folders.push(folder)
  return path.join(folder, 'data')
}
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })))

describe('PAYLOAD_SECRET', () => {
  it('should use the environment value when given', () => {
    expect(payloadSecret({ PAYLOAD_SECRET: 'from-env' }, tempFolder())).toBe('from-env')
  })

  it('should generate a random secret on first run and reuse it afterwards', () => {
    const folder = tempFolder()
    const first = payloadSecret({}, folder)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret({}, folder)).toBe(first)
    expect(fs.statSync(path.join(folder, 'payload-secret')).mode & 0o077).toBe(0)
    expect(payloadSecret({}, tempFolder())).not.toBe(first)
  })
})
