import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { collectionConfig } from '../../cms/collections'
import { detailFieldNames } from '../../cms/export/detailFields'
import { readCollection, writeExportedItem, writeList } from '../../publishing/format/exportFiles'
import type { ExportedItem } from '../../publishing/format/exportFormat'
import { exportPublished } from '../../cms/export/exportPublished'
import { materializeRelease, releaseMetaDir } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { buildRelease } from '../../site/render/buildRelease'
import type { PagefindEntry } from '../../site/render/searchIndex'
import type { RenderState } from '../../site/render/state'
import { listFiles } from '../helpers/builtSite'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'

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
const served = (folder: string, withSearch = false) =>
  new Map(
    listFiles(folder)
      .filter((file) => (withSearch || !/^(pagefind|pagefind-delta)\//.test(file)) && !file.startsWith('.release'))
      .map((file) => [file, fs.readFileSync(path.join(folder, file))]),
  )
/** Replaces a file of a release made of hard links without writing through to the release it shares them with. */
const replaceFile = (file: string, content: string | Buffer) => {
  fs.rmSync(file)
  fs.writeFileSync(file, content)
}

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
    await expectServedAsFullBuild(changed, layered)
  }, 300_000)
})

/** The layered release, flattened, serves byte for byte what a full build of the same export serves. */
async function expectServedAsFullBuild(exportDir: string, layered: string) {
  const full = path.join(work, `full-${path.basename(exportDir)}`)
  await buildRelease({ exportDir, outDir: full, log: quiet })
  const flat = path.join(work, `flat-${path.basename(exportDir)}`)
  materializeRelease(layered, flat)
  const expected = served(full)
  const actual = served(flat)
  // Image variants no page uses any more may stay (hashed, immutable files, like old assets on a CDN).
  const extra = [...actual.keys()].filter((file) => !expected.has(file))
  expect(extra.filter((file) => !file.startsWith('_img/'))).toEqual([])
  expect([...expected.keys()].filter((file) => !actual.has(file))).toEqual([])
  const different = [...expected].filter(([file, content]) => !actual.get(file)!.equals(content)).map(([file]) => file)
  expect(different).toEqual([])
}

describe('a publish while the renderer still holds the export it was made from', () => {
  it('should patch the loaded content with an edited text, not read it again, and serve exactly what a full build serves', async () => {
    const { payload } = ctx()
    // The renderer reads the base export (a build from it, with nothing changed).
    await buildRelease({ exportDir: baseExport, outDir: path.join(work, 'releases', 'base-again'), previous: baseRelease, log: quiet })
    // A translation's text (an edit of the source's would also mark the translations outdated, which their cards show).
    const [article] = (await payload.find({ collection: 'articles', locale: 'zh', where: { slug: { exists: true } }, limit: 1, depth: 0, overrideAccess: true })).docs
    await payload.update({ collection: 'articles', id: article.id, locale: 'zh', data: { body: paragraph('更正后的段落。'), _status: 'published' } as never, overrideAccess: true })
    const edited = path.join(work, 'export-edited')
    await exportPublished(payload, edited, { previous: baseExport })

    const log: string[] = []
    const layered = path.join(work, 'releases', 'patched')
    const result = await buildRelease({ exportDir: edited, outDir: layered, previous: baseRelease, log: (line) => log.push(line) })
    expect(result.kind).toBe('incremental')
    expect(log).toContain('content patched with the export’s changes')
    expect(fs.readFileSync(path.join(layered, 'zh', 'news', String(article.slug), 'index.html'), 'utf8')).toContain('更正后的段落。')
    await expectServedAsFullBuild(edited, layered)

    // A change to what lists show is read again whole.
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { title: 'A new headline', _status: 'published' } as never, overrideAccess: true })
    const retitled = path.join(work, 'export-retitled')
    await exportPublished(payload, retitled, { previous: edited })
    log.length = 0
    const next = path.join(work, 'releases', 'retitled')
    await buildRelease({ exportDir: retitled, outDir: next, previous: layered, log: (line) => log.push(line) })
    expect(log).toContain('content read again from the export')
    await expectServedAsFullBuild(retitled, next)
  }, 300_000)
})

describe('the publish layer\u2019s search index', () => {
  const deltaOf = (release: string) => ({
    languages: Object.keys((JSON.parse(fs.readFileSync(path.join(release, 'pagefind-delta', 'pagefind-entry.json'), 'utf8')) as PagefindEntry).languages),
    superseded: (segment: string) => (JSON.parse(fs.readFileSync(path.join(release, 'pagefind-delta', 'superseded', `${segment}.json`), 'utf8')) as { superseded: string[] }).superseded,
  })
  const editBody = (exportDir: string, id: ExportedItem['id'], locale: string, html: string, updatedAt: string) =>
    edit(exportDir, 'articles', (items) => {
      const item = items.find((one) => one.id === id)!
      ;((item.data.body ??= {}) as Record<string, string>)[locale] = html
      item.updatedAt = updatedAt
    })

  it('should index only pages whose searched text changed, one language apart from another, and link the languages a publish left alone', async () => {
    const article = readCollection(baseExport, 'articles').find((item) => item.locales.includes('zh'))!
    const slug = (article.data.slug as Record<string, string>).en

    // A Chinese text: the article's pages in every locale change (their structured data carries its modification
    // date), but only the Chinese page's searched text does.
    const zhEdited = fs.mkdtempSync(path.join(work, 'export-'))
    fs.cpSync(baseExport, zhEdited, { recursive: true })
    editBody(zhEdited, article.id, 'zh', '<p>更正后的段落。</p>', '2031-01-01T00:00:00.000Z')
    const afterZh = path.join(work, 'releases', 'search-zh')
    const log: string[] = []
    expect((await buildRelease({ exportDir: zhEdited, outDir: afterZh, previous: baseRelease, log: (line) => log.push(line) })).kind).toBe('incremental')
    const englishPage = path.join(afterZh, 'en', 'news', slug, 'index.html')
    expect(fs.existsSync(englishPage)).toBe(true)
    expect(fs.readFileSync(englishPage)).not.toEqual(fs.readFileSync(path.join(baseRelease, 'en', 'news', slug, 'index.html')))
    expect(deltaOf(afterZh).languages).toEqual(['zh-hans'])
    expect(deltaOf(afterZh).superseded('zh')).toHaveLength(1)
    // The main index's copy of the English page is still right: it is not dropped.
    expect(deltaOf(afterZh).superseded('en')).toEqual([])
    expect(log).toContain('search index of the publish layer: 1 page(s) in 1 language(s), 0 of them linked from the previous release')

    // Then its English text: the Chinese page's searched text is unchanged since, and its index linked, not made again.
    const enEdited = fs.mkdtempSync(path.join(work, 'export-'))
    fs.cpSync(zhEdited, enEdited, { recursive: true })
    editBody(enEdited, article.id, 'en', '<p>A corrected paragraph about LAYEREDMARKER.</p>', '2031-01-02T00:00:00.000Z')
    const afterEn = path.join(work, 'releases', 'search-en')
    log.length = 0
    await buildRelease({ exportDir: enEdited, outDir: afterEn, previous: afterZh, log: (line) => log.push(line) })
    expect(deltaOf(afterEn).languages).toEqual(expect.arrayContaining(['en', 'zh-hans']))
    expect(deltaOf(afterEn).superseded('zh')).toEqual(deltaOf(afterZh).superseded('zh'))
    expect(log.find((line) => line.startsWith('search index of the publish layer'))).toMatch(/, 1 of them linked from the previous release$/)
    const chineseMeta = fs.readdirSync(path.join(afterZh, 'pagefind-delta')).find((file) => file.startsWith('pagefind.zh-hans'))!
    expect(fs.statSync(path.join(afterEn, 'pagefind-delta', chineseMeta)).ino).toBe(fs.statSync(path.join(afterZh, 'pagefind-delta', chineseMeta)).ino)
    await expectServedAsFullBuild(enEdited, afterEn)
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

describe('after a change to the site\u2019s code only', () => {
  it('should build everything again, reusing identical pages and search segments, and serve exactly what a build from scratch serves', async () => {
    // The previous release, as if built by other code: another bundle, one page rendered differently, and one search
    // segment whose indexed text differed (its recorded key), with files that must not be reused.
    const previous = path.join(work, 'releases', 'older-code')
    fs.mkdirSync(path.dirname(previous), { recursive: true })
    fs.cpSync(baseRelease, previous, { recursive: true })
    const stateFile = path.join(previous, releaseMetaDir, 'render-state.json')
    const state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as RenderState
    state.bundle = 'an-older-bundle'
    const [staleKey, stale] = Object.entries(state.search!).find(([, record]) => 'en' in (JSON.parse(record.entry) as PagefindEntry).languages)!
    delete state.search![staleKey]
    state.search!['text-the-older-code-indexed'] = stale
    for (const file of stale.files.filter((name) => name.endsWith('.pf_meta'))) replaceFile(path.join(previous, 'pagefind', file), 'not this index')
    replaceFile(stateFile, JSON.stringify(state))
    const changedPage = path.join(previous, 'en', 'index.html')
    // Of the same length: the bytes are compared, not only the size.
    const olderHtml = fs.readFileSync(changedPage, 'utf8').replace('<body', '<BODY')
    expect(olderHtml).not.toBe(fs.readFileSync(changedPage, 'utf8'))
    replaceFile(changedPage, olderHtml)
    for (const suffix of ['.br', '.gz']) replaceFile(changedPage + suffix, 'older compressed copy')

    const rebuilt = path.join(work, 'releases', 'newer-code')
    const result = await buildRelease({ exportDir: baseExport, outDir: rebuilt, previous, log: quiet })
    expect(result.kind).toBe('full')
    // Every page but the one rendered differently is linked, and every search segment but the one indexed differently.
    expect(result.written).toBe(1)
    expect(result.reused).toEqual({ files: result.rendered - 1, segments: Object.keys(state.search!).length - 1 })

    // `baseRelease` is a build from scratch of the same content by the same code.
    const expected = served(baseRelease, true)
    const actual = served(rebuilt, true)
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort())
    const different = [...expected].filter(([file, content]) => !actual.get(file)!.equals(content)).map(([file]) => file)
    expect(different).toEqual([])

    // The changed page was written anew; the others share the previous release's files, which stay as they were.
    const inode = (file: string) => fs.statSync(file).ino
    expect(inode(path.join(rebuilt, 'en', 'index.html'))).not.toBe(inode(changedPage))
    expect(inode(path.join(rebuilt, 'en', 'index.html.br'))).not.toBe(inode(`${changedPage}.br`))
    expect(fs.readFileSync(changedPage, 'utf8')).toBe(olderHtml)
    const unchangedPage = listFiles(rebuilt).find((file) => file.endsWith('.html') && file !== path.join('en', 'index.html'))!
    expect(inode(path.join(rebuilt, unchangedPage))).toBe(inode(path.join(previous, unchangedPage)))
  }, 300_000)
})
