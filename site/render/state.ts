import fs from 'node:fs'
import path from 'node:path'

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

/** Writes a state to `file` now and keeps it. */
export function saveState(file: string, state: RenderState) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Whole or not at all: the preview may read the live release's state while it is written.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state))
  fs.renameSync(`${file}.tmp`, file)
  keepState(file, state)
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
    const state = JSON.parse(fs.readFileSync(file, 'utf8')) as RenderState
    return state.version === 1 ? state : undefined
  } catch {
    return undefined
  }
}

export function itemSignatures(entry: BundleEntry, collections: string[]): RenderState['items'] {
  return Object.fromEntries(collections.map((collection) => [collection, Object.fromEntries(entry.itemHashes(collection))]))
}

/**
 * The dependency keys a change from `before` to `after` invalidates: per changed, added or removed item, the half of
 * its signature that changed (site/lib/dependencies.ts: `item:` for what its card shows, `page:` for what only its
 * pages read; both for a signature without halves), and its collection.
 */
export function changedKeys(before: RenderState['items'], after: RenderState['items']): Set<string> {
  const changed = new Set<string>()
  for (const collection of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = before[collection] ?? {}
    const now = after[collection] ?? {}
    let any = false
    for (const id of new Set([...Object.keys(old), ...Object.keys(now)])) {
      if (old[id] === now[id]) continue
      const [oldCard, oldPage] = (old[id] ?? '').split('.')
      const [newCard, newPage] = (now[id] ?? '').split('.')
      if (oldCard !== newCard || oldPage === undefined || newPage === undefined) changed.add(itemKey(collection, id))
      if (oldPage !== newPage) changed.add(itemPageKey(collection, id))
      any = true
    }
    if (any) changed.add(collectionKey(collection))
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
