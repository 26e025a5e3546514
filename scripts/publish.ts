/**
 * `npm run publish`: a full rebuild of the public site into a new release, made live only if it passes its checks.
 * The same path a publish in the admin takes, run by hand (e.g. after a deploy, or as the fallback of incremental builds).
 */
import { getPayload } from 'payload'

import config from '../cms/payload.config'
import { publishSite } from '../cms/publishing/publishSite'

const payload = await getPayload({ config })
const result = await publishSite(payload, process.argv[2] ?? 'npm run publish')
console.log(result.status === 'live' ? `Live in ${(result.durationMs / 1000).toFixed(1)} s: ${result.release}` : `Build failed; the live site is unchanged.\n${result.error}`)
await payload.destroy()
process.exit(result.status === 'live' ? 0 : 1)
