import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths'

/**
 * `PAYLOAD_SECRET` from the environment, or one generated on first run and kept in `.data/` so sessions survive
 * restarts. Never a hard-coded value.
 */
export function payloadSecret(env: Record<string, string | undefined> = process.env, directory: string = dataDir): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const file = path.join(directory, 'payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(directory, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  // 'wx' fails if another process wrote the file first; then use theirs so both agree.
  try {
    fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 })
    return secret
  } catch {
    return fs.readFileSync(file, 'utf8').trim()
  }
}
