import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { locales } from '../../cms/locales'
import { materializeRelease, openRelease, Releases, releaseMetaDir, resolveReleaseFile, verifyRelease } from '../../publishing/releases/releases'

const folders: string[] = []
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })))

function releases() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-releases-'))
  folders.push(root)
  return new Releases(root)
}

function writeSite(folder: string, text: string) {
  fs.writeFileSync(path.join(folder, 'index.html'), text)
  for (const locale of locales) {
    fs.mkdirSync(path.join(folder, locale.segment), { recursive: true })
    fs.writeFileSync(path.join(folder, locale.segment, 'index.html'), `${text} ${locale.code}`)
  }
  fs.mkdirSync(path.join(folder, 'pagefind'), { recursive: true })
  fs.writeFileSync(path.join(folder, 'pagefind', 'pagefind-entry.json'), '{}')
}

describe('releases', () => {
  it('should switch the live release atomically and roll back to the previous one byte for byte', () => {
    const store = releases()
    const first = store.create(new Date('2026-01-01T00:00:00Z'))
    writeSite(first, 'first')
    store.switchTo(first)
    const second = store.create(new Date('2026-01-02T00:00:00Z'))
    writeSite(second, 'second')
    store.switchTo(second)
    expect(fs.readFileSync(path.join(store.currentLink, 'en', 'index.html'), 'utf8')).toBe('second en')
    expect(store.rollback()).toBe(first)
    expect(fs.readFileSync(path.join(store.currentLink, 'en', 'index.html'), 'utf8')).toBe('first en')
    expect(() => store.rollback()).toThrow(/no earlier release/)
  })

  it('should keep the newest releases and never prune the live one', async () => {
    const store = releases()
    const made = [1, 2, 3, 4].map((day) => store.create(new Date(`2026-01-0${day}T00:00:00Z`)))
    store.switchTo(made[3])
    fs.writeFileSync(path.join(made[0], 'page.html'), 'an old page')
    await store.prune(2)
    expect(store.list()).toEqual(made.slice(2))
    // Removed in the background (an rm process, not this process's thread pool), leaving nothing behind.
    for (let waited = 0; fs.readdirSync(path.join(store.root, 'releases')).length > 2 && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(fs.readdirSync(path.join(store.root, 'releases')).sort()).toEqual(made.slice(2).map((release) => path.basename(release)))
  })

  it('should refuse a release with a missing locale home, no search index or a draft marker', () => {
    const store = releases()
    const folder = store.create()
    writeSite(folder, 'ok')
    expect(verifyRelease(folder, ['DRAFT'])).toEqual([])
    fs.rmSync(path.join(folder, 'th', 'index.html'))
    fs.rmSync(path.join(folder, 'pagefind'), { recursive: true })
    fs.writeFileSync(path.join(folder, 'ar', 'index.html'), 'a DRAFT page')
    expect(verifyRelease(folder, ['DRAFT'])).toEqual([
      'the th home page is missing',
      'the search index is missing',
      'ar/index.html contains "DRAFT"',
    ])
  })

  it('should serve a layered release from its own files first, then its base, never a file it deleted', async () => {
    const store = releases()
    const base = store.create(new Date('2026-01-01T00:00:00Z'))
    writeSite(base, 'base')
    fs.writeFileSync(path.join(base, 'gone.html'), 'removed since')
    const layered = store.create(new Date('2026-01-02T00:00:00Z'))
    fs.mkdirSync(path.join(layered, 'en'), { recursive: true })
    fs.writeFileSync(path.join(layered, 'en', 'index.html'), 'layered en')
    fs.mkdirSync(path.join(layered, releaseMetaDir))
    fs.writeFileSync(path.join(layered, releaseMetaDir, 'layer.json'), JSON.stringify({ base: path.basename(base), deleted: ['gone.html'] }))
    const view = openRelease(layered)
    const read = (file: string) => {
      const found = resolveReleaseFile(view, file)
      return found && fs.readFileSync(found, 'utf8')
    }
    expect(read('en/index.html')).toBe('layered en')
    expect(read('fr/index.html')).toBe('base fr')
    expect(read('gone.html')).toBeUndefined()
    expect(read('.release/layer.json')).toBeUndefined()
    expect(read('../outside')).toBeUndefined()
    expect(verifyRelease(layered)).toEqual([])
    const flat = path.join(store.root, 'flat')
    materializeRelease(layered, flat)
    expect(fs.readFileSync(path.join(flat, 'en', 'index.html'), 'utf8')).toBe('layered en')
    expect(fs.existsSync(path.join(flat, 'gone.html'))).toBe(false)
    // Pruning keeps the full release a kept layered one stands on.
    store.switchTo(layered)
    await store.prune(1)
    expect(store.list()).toEqual([base, layered])
  })
})
