/**
 * `npm start` names itself in `<data folder>/portal.pid` while it runs, so that `npm run restore` can refuse to
 * replace the data folder under a running portal even at a moment when the portal holds no database connection
 * (the libSQL client opens connections lazily and closes the one a transaction used). A file left by a killed
 * process names a process that is gone and is ignored.
 */
import fs from 'node:fs'
import path from 'node:path'

import { dataDir as defaultDataDir } from '../paths'
import { identifyProcess, isRunning, type ProcessIdentity } from '../../publishing/pipeline/processIdentity'

const pidFile = (dataDir: string) => path.join(dataDir, 'portal.pid')

/** Writes the pid file for this process; returns the function that removes it (also run on exit). */
export function markPortalRunning(dataDir: string = defaultDataDir): () => void {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = pidFile(dataDir)
  const identity = identifyProcess()
  fs.writeFileSync(file, JSON.stringify(identity))
  const remove = () => {
    try {
      const current = JSON.parse(fs.readFileSync(file, 'utf8')) as ProcessIdentity
      if (current.pid === identity.pid) fs.rmSync(file, { force: true })
    } catch {
      // already gone
    }
  }
  process.once('exit', remove)
  return remove
}

/** The running portal named by the pid file, if there is one and it still runs. */
export function runningPortal(dataDir: string = defaultDataDir): ProcessIdentity | undefined {
  try {
    const identity = JSON.parse(fs.readFileSync(pidFile(dataDir), 'utf8')) as ProcessIdentity
    return Number.isInteger(identity.pid) && isRunning(identity) ? identity : undefined
  } catch {
    return undefined
  }
}
