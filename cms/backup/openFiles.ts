import fs from 'node:fs'
import path from 'node:path'

export interface ProcessUsingFile {
  pid: number
  command: string
}

/**
 * The other processes that have one of `files` open, found through /proc (Linux). The database check a restore
 * needs: in WAL mode an idle SQLite connection holds no lock on the database file that another process could test,
 * but it keeps the file (and its -wal and -shm) open. Processes of other users cannot be inspected and are not
 * listed; elsewhere than Linux the list is empty.
 */
export function processesUsing(files: string[]): ProcessUsingFile[] {
  if (!fs.existsSync('/proc/self/fd')) return []
  const targets = new Set(files.map(resolvedPath))
  const found: ProcessUsingFile[] = []
  for (const name of fs.readdirSync('/proc')) {
    const pid = Number(name)
    if (!Number.isInteger(pid) || pid === process.pid) continue
    let descriptors: string[]
    try {
      descriptors = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue // gone, or another user's
    }
    const uses = descriptors.some((descriptor) => {
      try {
        return targets.has(fs.readlinkSync(`/proc/${pid}/fd/${descriptor}`))
      } catch {
        return false
      }
    })
    if (uses) found.push({ pid, command: commandOf(pid) })
  }
  return found
}

/** The path the kernel shows for an open file: symbolic links in its folder resolved (the file itself may not exist). */
function resolvedPath(file: string): string {
  try {
    return path.join(fs.realpathSync(path.dirname(file)), path.basename(file))
  } catch {
    return path.resolve(file)
  }
}

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ').slice(0, 200)
  } catch {
    return '?'
  }
}
