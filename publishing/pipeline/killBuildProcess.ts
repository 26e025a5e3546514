/**
 * Kills a build process and the render workers it started (its process group: SiteBuilder starts it detached), so
 * none of them writes into a release folder after the build was given up. Returns false when there was nothing to kill.
 */
export function killBuildProcess(pid: number | undefined): boolean {
  if (pid === undefined) return false
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL')
      return true
    } catch {
      // not a group leader (a builder started before builds had their own group), or gone
    }
  }
  return false
}
