/**
 * `npm run publish [-- --full] [trigger]`: builds the public site into a new release — only what changed since the
 * live release when possible, everything with `--full` — and makes it live only if it passes its checks. The same
 * path a publish in the admin takes, run by hand (e.g. after a deploy).
 */
import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { publishSite } from '../publishing/pipeline/publishSite'

const full = process.argv.includes('--full')
const trigger = process.argv.slice(2).find((argument) => !argument.startsWith('--')) ?? 'npm run publish'
const payload = await getPayload({ config })
const result = await publishSite(payload, { trigger, full })
console.log(result.status === 'live' ? `Live in ${(result.durationMs / 1000).toFixed(1)} s: ${result.release}` : `Build failed; the live site is unchanged.\n${result.error}`)
await payload.destroy()
process.exit(result.status === 'live' ? 0 : 1)
