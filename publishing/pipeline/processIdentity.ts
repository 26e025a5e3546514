import fs from 'node:fs'

/**
 * A process, named so that it can be recognised later from a file: its pid and, on Linux, the boot and the tick it
 * started at. A pid alone is reused once its process is gone; pid, boot and start time together are not.
 */
export interface ProcessIdentity {
  pid: number
  /** `<boot id>:<start time in clock ticks>` from /proc, where there is one. */
  started?: string
}

export function identifyProcess(pid: number = process.pid): ProcessIdentity {
  const started = startOf(pid)
  return started ? { pid, started } : { pid }
}

/** Whether the process is still running (a zombie, killed but not yet reaped by its parent, is not). */
export function isRunning(identity: ProcessIdentity): boolean {
  if (identity.started) return startOf(identity.pid) === identity.started
  try {
    process.kill(identity.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function startOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces and parentheses: the fields after it start at its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (fields[0] === 'Z' || fields[0] === 'X') return undefined
    const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
    return `${boot}:${fields[19]}`
  } catch {
    return undefined
  }
}
