/**
 * Works the site build queue once, as the serving process (`npm start`, CONCORD_JOB_WORKER=1) does every two seconds:
 * a real process that a crash test can kill in the middle of a publish. Uses the caller's CONCORD_DATA_DIR.
 */
import { getPayload } from 'payload'

import config from '../../cms/payload.config'
import { siteBuildQueue } from '../../cms/publishing/jobNames'

const payload = await getPayload({ config })
await payload.jobs.run({ queue: siteBuildQueue })
await payload.destroy()
process.exit(0)
