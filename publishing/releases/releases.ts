import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { localeCodes, getLocale } from '../../cms/locales'

/**
 * Releases of the public site: each build goes into its own folder under `releases/`, and `current` is a symbolic
 * link to the live one. Switching renames a new link over the old one, which is atomic on POSIX file systems, so a
 * reader never sees a half-written site and a failed build never touches the live one.
 */
export class Releases {
  constructor(readonly root: string) {}

  get currentLink() {
    return path.join(this.root, 'current')
  }

  /** The live release folder, or undefined before the first switch. */
  current(): string | undefined {
    try {
      return path.resolve(this.root, fs.readlinkSync(this.currentLink))
    } catch {
      return undefined
    }
  }

  /** Release folders, oldest first (names are sortable timestamps). */
  list(): string[] {
    const folder = path.join(this.root, 'releases')
    if (!fs.existsSync(folder)) return []
    return fs.readdirSync(folder).filter((name) => !name.startsWith('.')).sort().map((name) => path.join(folder, name))
  }

  /** A fresh, empty folder for the next build. */
  create(now = new Date()): string {
    const name = `${now.toISOString().replace(/[-:.]/g, '').replace('T', '-').replace('Z', '')}-${process.pid}`
    const folder = path.join(this.root, 'releases', name)
    fs.mkdirSync(folder, { recursive: true })
    return folder
  }

  /** Makes a release live in one rename. */
  switchTo(release: string) {
    const temporary = `${this.currentLink}.next-${process.pid}-${Date.now()}`
    fs.symlinkSync(path.relative(this.root, release), temporary)
    fs.renameSync(temporary, this.currentLink)
  }

  /** Switches back to the release before the live one; returns it. */
  rollback(): string {
    const releases = this.list()
    const live = this.current()
    const index = live ? releases.indexOf(live) : -1
    if (index < 1) throw new Error('There is no earlier release to roll back to.')
    this.switchTo(releases[index - 1])
    return releases[index - 1]
  }

  /**
   * Deletes old releases beyond `keep`, never the live one or anything newer than it, and never a full release that
   * a kept incremental release is layered on.
   */
  async prune(keep = 5): Promise<void> {
    const releases = this.list()
    const live = this.current()
    const liveIndex = live ? releases.indexOf(live) : releases.length - 1
    const kept = releases.slice(Math.max(0, liveIndex + 1 - keep))
    const bases = new Set(kept.flatMap((release) => openRelease(release).layers.slice(1)))
    for (const release of releases.slice(0, Math.max(0, liveIndex + 1 - keep))) {
      if (!bases.has(release)) removeInBackground(release)
    }
  }
}

/** Folders this process is removing (`removeInBackground`). */
const removing = new Set<string>()
const removingPrefix = '.removing-'

/**
 * Moves a folder out of the way at once (a release folder whose name starts with a dot is no release) and removes
 * it in an `rm -rf` child process. Removing a full release (275,000 files at size M) takes over a minute: awaited,
 * it held up the publish job, and done with `fs.promises.rm` it filled libuv's thread pool, so a site server in the
 * same process could not read a file until it was over (a search page stalled for 90 s). Folders another process
 * left half-removed are removed with the next.
 */
export function removeInBackground(folder: string) {
  const parent = path.dirname(folder)
  const doomed = path.join(parent, `${removingPrefix}${path.basename(folder)}-${Date.now()}`)
  fs.renameSync(folder, doomed)
  for (const name of fs.readdirSync(parent).filter((entry) => entry.startsWith(removingPrefix))) {
    const target = path.join(parent, name)
    if (removing.has(target)) continue
    removing.add(target)
    const child = spawn('rm', ['-rf', '--', target], { stdio: 'ignore' })
    child.once('error', () => removing.delete(target))
    child.once('exit', () => removing.delete(target))
    child.unref()
  }
}

/** Where a release keeps what is not served: its layer description and the renderer's state. */
export const releaseMetaDir = '.release'

export interface LayerDescription {
  /** Folder name (under `releases/`) of the full release this one is layered on. */
  base: string
  /** Files of the base that no longer exist (paths relative to the release root). */
  deleted: string[]
}

export interface ReleaseView {
  root: string
  /** Folders to look in, first match wins: the release itself, then the full release it is layered on. */
  layers: string[]
  deleted: Set<string>
}

/**
 * A release is either full (every file of the site) or incremental: only the files changed since a full release,
 * layered over it, with a list of the base's files that are gone. Publishing writes the few changed pages instead of
 * copying tens of thousands of unchanged ones, and the switch stays one atomic rename.
 */
export function openRelease(root: string): ReleaseView {
  const layerFile = path.join(root, releaseMetaDir, 'layer.json')
  if (!fs.existsSync(layerFile)) return { root, layers: [root], deleted: new Set() }
  const layer = JSON.parse(fs.readFileSync(layerFile, 'utf8')) as LayerDescription
  return { root, layers: [root, path.join(path.dirname(root), layer.base)], deleted: new Set(layer.deleted) }
}

/** The file serving `relative` (a path inside the release, no leading slash) in a release, if there is one. */
export function resolveReleaseFile(view: ReleaseView, relative: string): string | undefined {
  const normalized = path.posix.normalize(relative)
  if (normalized.startsWith('..') || normalized.split('/').some((part) => part.startsWith('.') && part !== '.')) return undefined
  for (const [index, layer] of view.layers.entries()) {
    if (index > 0 && view.deleted.has(normalized)) return undefined
    const file = path.join(layer, normalized)
    try {
      if (fs.statSync(file).isFile()) return file
    } catch {
      // not in this layer
    }
  }
  return undefined
}

/**
 * Checks a built release before it may go live: the chooser and every locale's home exist, the search index is
 * there, and no page carries a draft marker. Returns the problems found; an empty list means it is fit to serve.
 */
export function verifyRelease(folder: string, forbiddenMarkers: string[] = []): string[] {
  const problems: string[] = []
  const view = openRelease(folder)
  if (!resolveReleaseFile(view, 'index.html')) problems.push('the language chooser (index.html) is missing')
  for (const code of localeCodes) {
    if (!resolveReleaseFile(view, `${getLocale(code).segment}/index.html`)) problems.push(`the ${code} home page is missing`)
  }
  if (!resolveReleaseFile(view, 'pagefind/pagefind-entry.json')) problems.push('the search index is missing')
  if (forbiddenMarkers.length > 0) {
    // An incremental release's base was checked when it went live: only the new files need reading.
    for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue
      const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')
      const marker = forbiddenMarkers.find((candidate) => text.includes(candidate))
      if (marker) problems.push(`${path.relative(folder, path.join(entry.parentPath, entry.name))} contains "${marker}"`)
    }
  }
  return problems
}

/**
 * Writes the files a release serves into `target` as one plain folder (hard links, no copies), for web servers and
 * CDNs that know nothing of layers.
 */
export function materializeRelease(release: string, target: string): number {
  const view = openRelease(release)
  let count = 0
  const seen = new Set<string>()
  for (const layer of view.layers) {
    for (const entry of fs.readdirSync(layer, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue
      const relative = path.relative(layer, path.join(entry.parentPath, entry.name))
      if (relative.split(path.sep).some((part) => part.startsWith('.')) || seen.has(relative)) continue
      seen.add(relative)
      if (layer !== view.root && view.deleted.has(relative)) continue
      const to = path.join(target, relative)
      fs.mkdirSync(path.dirname(to), { recursive: true })
      fs.linkSync(path.join(layer, relative), to)
      count++
    }
  }
  return count
}
