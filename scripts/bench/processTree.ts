/** Reading a process tree's memory from `/proc` (Linux): the resident set of a process and all its descendants. */
import fs from 'node:fs'

/** `VmRSS` of a `/proc/<pid>/status` text, in bytes; 0 for kernel threads and zombies, which have none. */
export function residentBytes(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)
  return match ? Number(match[1]) * 1024 : 0
}

/** The parent pid from a `/proc/<pid>/stat` line; the command name may hold spaces and parentheses, so parse after the last `)`. */
export function parentPid(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
}

/** `root` and every process below it, given each process's parent. */
export function descendants(root: number, parents: Map<number, number>): number[] {
  const children = new Map<number, number[]>()
  for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid])
  const tree: number[] = []
  for (const queue = [root]; queue.length > 0; ) {
    const pid = queue.shift()!
    tree.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return tree
}

/** The summed resident memory of `root` and its descendants now (shared pages are counted in each process, as `ps` does). */
export function treeResidentBytes(root: number): { bytes: number; processes: number } {
  const parents = new Map<number, number>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      parents.set(Number(name), parentPid(fs.readFileSync(`/proc/${name}/stat`, 'utf8')))
    } catch {
      // The process ended between listing and reading.
    }
  }
  let bytes = 0
  let processes = 0
  for (const pid of descendants(root, parents)) {
    try {
      bytes += residentBytes(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
      processes++
    } catch {
      // Ended meanwhile.
    }
  }
  return { bytes, processes }
}
