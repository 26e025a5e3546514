import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { noteChangedRoutes, readState, saveState, saveStateSoon, stateBundle, takeState, writePendingState, type RenderState } from '../../site/render/state'

const state = (bundle: string): RenderState => ({ version: 1, bundle, siteUrl: 'https://example.org', items: {}, queries: {}, keys: [], routes: {}, images: [] })
const nextTask = () => new Promise((resolve) => setImmediate(resolve))

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-state-'))
})
afterEach(() => {
  writePendingState()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe("a release's render state written after the build has answered", () => {
  it('should be on disk once the current task is over, not before', async () => {
    const file = path.join(dir, 'release', '.concord', 'render-state.json')
    saveStateSoon(file, state('a'))
    expect(fs.existsSync(file)).toBe(false)
    await nextTask()
    expect(readState(file)?.bundle).toBe('a')
    expect(fs.readdirSync(path.dirname(file))).toEqual(['render-state.json'])
  })

  it('should be written before the next build takes it, and be the same state', () => {
    const file = path.join(dir, 'render-state.json')
    const saved = state('b')
    saveStateSoon(file, saved)
    expect(takeState(file)).toBe(saved)
    expect(readState(file)?.bundle).toBe('b')
  })

  it('should write the earlier release before a later one is saved', () => {
    const first = path.join(dir, 'one.json')
    const second = path.join(dir, 'two.json')
    saveStateSoon(first, state('one'))
    saveStateSoon(second, state('two'))
    expect(readState(first)?.bundle).toBe('one')
    writePendingState()
    expect(readState(second)?.bundle).toBe('two')
  })
})

describe('the state of a release layered on a full release', () => {
  const route = (file: string, reads: number[]) => ({ file, hash: file, reads })

  it('should be saved as its difference from the full state and read back whole', () => {
    const full = state('code')
    full.keys = ['item:articles:1', 'page:articles:1']
    full.routes = { '/en/a/': route('en/a/index.html', [0, 1]), '/en/b/': route('en/b/index.html', [0]), '/en/c/': route('en/c/index.html', [1]) }
    const baseFile = path.join(dir, 'base', '.release', 'render-state.json')
    saveState(baseFile, full)

    // A publish changes one route, adds one reading a new key, and removes one (as renderChanges does, in place).
    const next = takeState(baseFile)!
    next.keys.push('item:articles:2')
    next.routes['/en/a/'] = route('en/a/index.html', [1])
    next.routes['/en/d/'] = route('en/d/index.html', [2])
    delete next.routes['/en/c/']
    next.items = { articles: { 1: 'x.y' } }
    noteChangedRoutes(next, ['/en/a/', '/en/d/'], ['/en/c/'])
    const layerFile = path.join(dir, 'layer', '.release', 'render-state.json')
    saveState(layerFile, next)

    const written = JSON.parse(fs.readFileSync(layerFile, 'utf8')) as Record<string, unknown>
    expect(Object.keys(written.routes as object).sort()).toEqual(['/en/a/', '/en/d/'])
    expect(written.removed).toEqual(['/en/c/'])
    expect(written.keys).toEqual(['item:articles:2'])
    expect(stateBundle(layerFile)).toBe('code')
    const read = readState(layerFile)!
    expect(read.routes).toEqual(next.routes)
    expect(read.keys).toEqual(next.keys)
    expect(read.items).toEqual(next.items)

    // The next publish over the layered release writes every change since the full state, not only its own.
    noteChangedRoutes(read, ['/en/b/'], [])
    const laterFile = path.join(dir, 'later', '.release', 'render-state.json')
    saveState(laterFile, read)
    expect(Object.keys((JSON.parse(fs.readFileSync(laterFile, 'utf8')) as { routes: object }).routes).sort()).toEqual(['/en/a/', '/en/b/', '/en/d/'])
    expect(readState(laterFile)!.routes).toEqual(next.routes)
  })

  it('should not be read when its full state changed under it', () => {
    const full = state('code')
    const baseFile = path.join(dir, 'base.json')
    saveState(baseFile, full)
    const next = takeState(baseFile)!
    next.keys.push('item:articles:9')
    noteChangedRoutes(next, [], [])
    const layerFile = path.join(dir, 'layer.json')
    saveState(layerFile, next)
    fs.writeFileSync(baseFile, JSON.stringify(state('other')))
    expect(readState(layerFile)).toBeUndefined()
  })
})
