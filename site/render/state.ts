import fs from 'node:fs'
import path from 'node:path'

import { readManifest } from '../../publishing/format/exportFormat'
import { collectionKey, itemKey, itemPageKey } from '../lib/dependencies'
import type { BundleEntry } from './bundleEntry'
import type { RenderedRoute } from './renderRoutes'
import type { SegmentRecord } from './searchSegments'

/**
 * What a release was rendered from and what each of its pages read: the next publish compares the new export with
 * it to find the pages to render again. Saved with each release, so a rollback also rolls back the state.
 */
export interface RenderState {
  version: 1
  bundle: string
  siteUrl: string
  /** Per collection, per item id, the signature of the exported item. */
  items: Record<string, Record<string, string>>
  /** Answer signatures of the queries pages asked. */
  queries: Record<string, string>
  /** Dependency keys, referenced by index from `routes` to keep the file small. */
  keys: string[]
  routes: Record<string, RouteRecord>
  /** Image variants the release has. */
  images: string[]
  /** The full search index's segments by key (site/render/searchSegments.ts), for the next full build to reuse. */
  search?: Record<string, SegmentRecord>
}

export interface RouteRecord {
  file: string
  hash: string
  /** Indexes into `keys`. */
  reads: number[]
  searchable?: boolean
  date?: string
}

/**
 * The state the last build of this process saved, kept in memory: the build process the CMS keeps between publishes
 * (scripts/build-worker.ts) builds each release on the one before, and reading 100,000 routes back from disk would
 * cost a third of a second every publish. Taken, not shared: an incremental build updates the state in place.
 */
let kept: { file: string; mtimeMs: number; size: number; state: RenderState } | undefined

/** Remembers the state just saved to `file`. */
export function keepState(file: string, state: RenderState) {
  const { mtimeMs, size } = fs.statSync(file)
  kept = { file, mtimeMs, size, state }
}

/**
 * How a state differs from the full state it grew from: a publish changes a few of 275,000 routes, and writing them
 * all again took a second and a half of CPU at size M, competing with the reader the release had just gone live for.
 * A release layered on a full release saves only this difference (`StateDelta`), against the full release's state.
 */
interface Lineage {
  /** The full state's file. */
  baseFile: string
  /** Keys the full state had: keys are only ever appended. */
  baseKeys: number
  /** Routes recorded or removed since. */
  changed: Set<string>
  removed: Set<string>
}

/** A release's state saved as its difference from the full release's state it was layered on. */
interface StateDelta extends Omit<RenderState, 'keys' | 'routes'> {
  /** The full state's file, relative to this file's folder. */
  base: string
  /** Keys after the base's `keysFrom` first ones. */
  keysFrom: number
  keys: string[]
  /** Routes recorded since the base (whole records), and those removed since. */
  routes: Record<string, RouteRecord>
  removed: string[]
}

const lineages = new WeakMap<RenderState, Lineage>()

/** Marks routes an incremental build recorded and removed, so the state's next save writes them. */
export function noteChangedRoutes(state: RenderState, recorded: string[], removed: string[]) {
  const lineage = lineages.get(state)
  if (!lineage) return
  for (const url of removed) {
    lineage.changed.delete(url)
    lineage.removed.add(url)
  }
  for (const url of recorded) {
    lineage.removed.delete(url)
    lineage.changed.add(url)
  }
}

/** Writes a state to `file` now and keeps it: whole, or as its difference from the full state it grew from. */
export function saveState(file: string, state: RenderState) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const lineage = lineages.get(state)
  const saved = lineage ? stateDelta(file, state, lineage) : state
  // Whole or not at all: the preview may read the live release's state while it is written.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(saved))
  fs.renameSync(`${file}.tmp`, file)
  if (!lineage) lineages.set(state, { baseFile: file, baseKeys: state.keys.length, changed: new Set(), removed: new Set() })
  keepState(file, state)
}

function stateDelta(file: string, state: RenderState, lineage: Lineage): StateDelta {
  const { keys, routes, ...rest } = state
  return {
    ...rest,
    base: path.relative(path.dirname(file), lineage.baseFile),
    keysFrom: lineage.baseKeys,
    keys: keys.slice(lineage.baseKeys),
    routes: Object.fromEntries([...lineage.changed].map((url) => [url, routes[url]])),
    removed: [...lineage.removed],
  }
}

/**
 * A state whose writing waits until the build's answer has gone out: writing 165,000 routes takes most of a second
 * at size M, and the publish that asked for the release should not wait for it. Nothing reads it before: the next
 * build of this process takes it first (`takeState` writes it out first), and a process that stops without writing
 * it leaves a release without a state, from which the next build is simply a full one.
 */
let pending: { file: string; state: RenderState } | undefined

/** Saves a state once the current task is done (see `pending`); `writePendingState` writes it at once. */
export function saveStateSoon(file: string, state: RenderState) {
  writePendingState()
  pending = { file, state }
  setImmediate(writePendingState)
}

export function writePendingState() {
  if (!pending) return
  const { file, state } = pending
  pending = undefined
  saveState(file, state)
}

/** The state saved in `file`: the one kept in memory when it is that file's, unchanged on disk, else read. */
export function takeState(file: string): RenderState | undefined {
  writePendingState()
  const cached = kept
  kept = undefined
  const stat = cached?.file === file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined
  if (cached && stat?.mtimeMs === cached.mtimeMs && stat.size === cached.size) return cached.state
  return readState(file)
}

export function readState(file: string): RenderState | undefined {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as RenderState | StateDelta
    if (saved.version !== 1) return undefined
    if (!('base' in saved)) {
      lineages.set(saved, { baseFile: file, baseKeys: saved.keys.length, changed: new Set(), removed: new Set() })
      return saved
    }
    const baseFile = path.resolve(path.dirname(file), saved.base)
    const base = JSON.parse(fs.readFileSync(baseFile, 'utf8')) as RenderState
    if (base.version !== 1 || 'base' in base || base.bundle !== saved.bundle || base.keys.length !== saved.keysFrom) return undefined
    const { base: _base, keysFrom: _keysFrom, keys, routes, removed, ...rest } = saved
    const state: RenderState = { ...rest, keys: base.keys.concat(keys), routes: base.routes }
    for (const url of removed) delete state.routes[url]
    Object.assign(state.routes, routes)
    lineages.set(state, { baseFile, baseKeys: saved.keysFrom, changed: new Set(Object.keys(routes)), removed: new Set(removed) })
    return state
  } catch {
    return undefined
  }
}

/** The site bundle a release was rendered with, without reading the routes of a layered release's base. */
export function stateBundle(file: string): string | undefined {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as RenderState | StateDelta
    return saved.version === 1 ? saved.bundle : undefined
  } catch {
    return undefined
  }
}

/** The signature of every exported item, per collection of the export in `exportDir`, as the loaded bundle computes them. */
export function itemSignatures(entry: BundleEntry, exportDir: string): RenderState['items'] {
  const collections = Object.keys(readManifest(exportDir).counts)
  return Object.fromEntries(collections.map((collection) => [collection, Object.fromEntries(entry.itemHashes(collection))]))
}

/**
 * The dependency keys a change from `before` to `after` invalidates: per changed, added or removed item, the half of
 * its signature that changed (site/lib/dependencies.ts: `item:` for what its card shows, `page:` for what only its
 * pages read; both for a signature without halves), and its collection when an item came, went or changed its card.
 * A change of the page half alone leaves the collection as it was (the same items in the same order): what walks
 * it and reads an item's page half (a feed's dates) depends on that item's `page:` key, which is invalidated.
 */
export function changedKeys(before: RenderState['items'], after: RenderState['items']): Set<string> {
  const changed = new Set<string>()
  for (const collection of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = before[collection] ?? {}
    const now = after[collection] ?? {}
    let cards = false
    for (const id of new Set([...Object.keys(old), ...Object.keys(now)])) {
      if (old[id] === now[id]) continue
      const [oldCard, oldPage] = (old[id] ?? '').split('.')
      const [newCard, newPage] = (now[id] ?? '').split('.')
      if (oldCard !== newCard || oldPage === undefined || newPage === undefined) {
        changed.add(itemKey(collection, id))
        cards = true
      }
      if (oldPage !== newPage) changed.add(itemPageKey(collection, id))
    }
    if (cards) changed.add(collectionKey(collection))
  }
  return changed
}

/** Folds rendered routes into a state (replacing what those routes read before). */
export function recordRoutes(state: RenderState, rendered: RenderedRoute[]) {
  const index = new Map(state.keys.map((key, position) => [key, position]))
  const keyIndex = (key: string) => {
    let position = index.get(key)
    if (position === undefined) {
      position = state.keys.push(key) - 1
      index.set(key, position)
    }
    return position
  }
  for (const route of rendered) {
    state.routes[route.url] = {
      file: route.file,
      hash: route.hash,
      reads: route.reads.map(keyIndex),
      ...(route.searchable ? { searchable: true } : {}),
      ...(route.date ? { date: route.date } : {}),
    }
    for (const [key, signature] of route.queries) state.queries[key] = signature
  }
}
