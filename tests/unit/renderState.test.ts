import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { readState, saveStateSoon, takeState, writePendingState, type RenderState } from '../../site/render/state'

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
