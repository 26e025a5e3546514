/**
 * A file per build in progress, `<site root>/in-progress/<release>.json`: which release folder it writes, when it
 * started (the same instant as its Site builds record), and which processes run it. It is written before the build
 * is recorded as running and removed after the record has its outcome, so after a crash (kill -9, power loss) the
 * markers whose processes are gone name exactly the builds that were interrupted (recoverInterruptedBuilds.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

import { identifyProcess, type ProcessIdentity } from './processIdentity'

export interface BuildInProgress {
  /** Folder name of the release under `releases/`. */
  release: string
  /** ISO time, equal to the `startedAt` of the build's Site builds record. */
  startedAt: string
  /** The process that publishes (the CMS, or `npm run publish`). */
  owner: ProcessIdentity
  /** The build process it handed the build to (cms/publishing/siteBuilder.ts), once started. */
  builder?: ProcessIdentity
}

const markerFolder = (root: string) => path.join(root, 'in-progress')

export class BuildMarker {
  private constructor(
    readonly file: string,
    private marker: BuildInProgress,
  ) {}

  static write(root: string, build: Pick<BuildInProgress, 'release' | 'startedAt'>): BuildMarker {
    fs.mkdirSync(markerFolder(root), { recursive: true })
    const marker = new BuildMarker(path.join(markerFolder(root), `${build.release}.json`), { ...build, owner: identifyProcess() })
    marker.save()
    return marker
  }

  /** Records the build process, so recovery can stop it if it outlived its parent. */
  builderStarted(pid: number) {
    this.marker = { ...this.marker, builder: identifyProcess(pid) }
    this.save()
  }

  remove() {
    fs.rmSync(this.file, { force: true })
  }

  private save() {
    // Written whole and renamed into place: a reader never sees half a marker.
    const temporary = `${this.file}.${process.pid}.tmp`
    fs.writeFileSync(temporary, JSON.stringify(this.marker))
    fs.renameSync(temporary, this.file)
  }
}

/** Every marker under the site root, with the file it was read from. */
export function buildsInProgress(root: string): (BuildInProgress & { file: string })[] {
  const folder = markerFolder(root)
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const file = path.join(folder, name)
      try {
        return [{ ...(JSON.parse(fs.readFileSync(file, 'utf8')) as BuildInProgress), file }]
      } catch {
        return []
      }
    })
}
