import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { collectionConfig } from '../../cms/collections'
import { detailFieldNames } from '../../cms/export/detailFields'
import { readCollection, writeExportedItem, writeList } from '../../publishing/format/exportFiles'
import type { ExportedItem } from '../../publishing/format/exportFormat'
import { exportPublished } from '../../cms/export/exportPublished'
import { materializeRelease } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { buildRelease } from '../../site/render/buildRelease'
import { listFiles } from '../helpers/builtSite'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'

/**
 * The publish path renders only the pages a change affects and layers them over the last full release. Whatever
 * the change, the layered release must serve exactly what a full build of the same content serves.
 */
const ctx = usePayload()
let work: string
let baseExport: string
let baseRelease: string

const quiet = () => undefined
const edit = (exportDir: string, collection: string, change: (items: ExportedItem[]) => ExportedItem[] | void) => {
  const items = readCollection(exportDir, collection)
  const detailNames = detailFieldNames(collectionConfig(collection).fields)
  fs.rmSync(path.join(exportDir, collection), { recursive: true, force: true })
  writeList(exportDir, collection, (change(items) ?? items).map((item) => writeExportedItem(exportDir, collection, item, detailNames)))
}
/** Every served file except the search indexes (compared by search tests) and the renderer's own state. */
const served = (folder: string) =>
  new Map(
    listFiles(folder)
      .filter((file) => !/^(pagefind|pagefind-delta)\//.test(file) && !file.startsWith('.release'))
      .map((file) => [file, fs.readFileSync(path.join(folder, file))]),
  )

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-incremental-'))
  await importCorpus(ctx().payload, loadCorpus(fixtureCorpus))
  baseExport = path.join(work, 'export')
  await exportPublished(ctx().payload, baseExport)
  baseRelease = path.join(work, 'releases', 'base')
  expect((await buildRelease({ exportDir: baseExport, outDir: baseRelease, log: quiet })).kind).toBe('full')
}, 300_000)

describe.each([
  // A text edit republishes the item: its long field and its modification date change, nothing its card shows.
  ['an edited text (a long field only)', (dir: string) => edit(dir, 'articles', (items) => void ((((items[0].data.body ??= {}) as Record<string, string>).en = '<p>A corrected paragraph.</p>'), (items[0].updatedAt = '2031-01-01T00:00:00.000Z')))],
  ['an edited title', (dir: string) => edit(dir, 'articles', (items) => void ((items[0].data.title as Record<string, string>).en = 'A new headline'))],
  ['a new item', (dir: string) => edit(dir, 'articles', (items) => [{ ...structuredClone(items[0]), id: 9999, data: { ...structuredClone(items[0].data), slug: { en: 'brand-new' }, title: { en: 'Brand new' }, publishedAt: '2030-01-01T00:00:00.000Z' }, locales: ['en'] }, ...items])],
  ['a changed address', (dir: string) => edit(dir, 'articles', (items) => void ((items[0].data.slug as Record<string, string>).en = 'a-new-address'))],
  ['a removed item', (dir: string) => edit(dir, 'articles', (items) => items.slice(1))],
  ['a renamed topic', (dir: string) => edit(dir, 'topics', (items) => void ((items[0].data.name as Record<string, string>).en = 'Renamed topic'))],
  ['a changed alt text', (dir: string) => edit(dir, 'media', (items) => void ((items[0].data.alt as Record<string, string>).en = 'A different description'))],
  ['a new translation', (dir: string) => edit(dir, 'documents', (items) => void (items[0].locales.push('vi'), ((items[0].data.title as Record<string, string>).vi = 'Tài liệu mới')))],
])('after %s', (_label, change) => {
  it('should serve from the layered release exactly what a full build serves, writing only what changed', async () => {
    const changed = fs.mkdtempSync(path.join(work, 'export-'))
    fs.cpSync(baseExport, changed, { recursive: true })
    change(changed)
    const layered = path.join(work, 'releases', path.basename(changed))
    const result = await buildRelease({ exportDir: changed, outDir: layered, previous: baseRelease, log: quiet })
    expect(result.kind).toBe('incremental')
    expect(result.written).toBeGreaterThan(0)
    expect(result.written).toBeLessThan(result.pages / 3)
    const full = path.join(work, `full-${path.basename(changed)}`)
    await buildRelease({ exportDir: changed, outDir: full, log: quiet })
    const flat = path.join(work, `flat-${path.basename(changed)}`)
    materializeRelease(layered, flat)
    const expected = served(full)
    const actual = served(flat)
    // Image variants no page uses any more may stay (hashed, immutable files, like old assets on a CDN).
    const extra = [...actual.keys()].filter((file) => !expected.has(file))
    expect(extra.filter((file) => !file.startsWith('_img/'))).toEqual([])
    expect([...expected.keys()].filter((file) => !actual.has(file))).toEqual([])
    const different = [...expected].filter(([file, content]) => !actual.get(file)!.equals(content)).map(([file]) => file)
    expect(different).toEqual([])
  }, 300_000)
})

describe('dependencies per part of an item', () => {
  const rendered = async (label: string, change: (dir: string) => void) => {
    const changed = fs.mkdtempSync(path.join(work, `${label}-`))
    fs.cpSync(baseExport, changed, { recursive: true })
    change(changed)
    return (await buildRelease({ exportDir: changed, outDir: path.join(work, 'releases', path.basename(changed)), previous: baseRelease, log: quiet })).rendered
  }

  it('should render again only the item’s own pages and whole-collection outputs after a text edit, not the lists showing its card', async () => {
    const textEdit = await rendered('text', (dir) => edit(dir, 'articles', (items) => void (((items[0].data.body ??= {}) as Record<string, string>).en = '<p>A corrected paragraph.</p>')))
    const titleEdit = await rendered('title', (dir) => edit(dir, 'articles', (items) => void ((items[0].data.title as Record<string, string>).en = 'A new headline')))
    expect(textEdit).toBeGreaterThan(0)
    expect(textEdit).toBeLessThan(titleEdit)
  }, 300_000)
})

describe('an outdated translation', () => {
  it('should carry a notice linking to the original on its page, and none in the source language', async () => {
    const changed = fs.mkdtempSync(path.join(work, 'export-outdated-'))
    fs.cpSync(baseExport, changed, { recursive: true })
    let slug = ''
    edit(changed, 'articles', (items) => {
      items[0].outdated = { zh: ['summary'] }
      slug = (items[0].data.slug as Record<string, string>).en
    })
    const layered = path.join(work, 'releases', path.basename(changed))
    expect((await buildRelease({ exportDir: changed, outDir: layered, previous: baseRelease, log: quiet })).kind).toBe('incremental')
    const zhFile = fs.readdirSync(path.join(layered, 'zh', 'news')).map((name) => path.join(layered, 'zh', 'news', name, 'index.html'))
    const zh = fs.readFileSync(zhFile[0], 'utf8')
    expect(zh).toContain('此译文可能不是最新版本。')
    expect(zh).toContain(`href="/en/news/${slug}/" hreflang="en" lang="en"`)
    expect(fs.existsSync(path.join(layered, 'en', 'news', slug, 'index.html'))).toBe(false)
  }, 300_000)
})
