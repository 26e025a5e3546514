import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readCollection } from '../../publishing/format/exportFiles'
import { exportPublished } from '../../cms/export/exportPublished'
import type { ExportedItem } from '../../publishing/format/exportFormat'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { fixtureCorpus } from '../helpers/corpus'
import { startPayload, type TestPayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'

let ctx: TestPayload
let payload: Payload
let outDir: string
const read = (collection: string): ExportedItem[] => readCollection(outDir, collection)
/** Every JSON file of the export: the lists and each item's long fields. */
const exportedText = () =>
  fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => fs.readFileSync(path.join(outDir, file), 'utf8'))
    .join('\n')

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  outDir = path.join(ctx.dataDir, 'export')
  await importCorpus(payload, loadCorpus(fixtureCorpus))

  // A draft that was never published.
  await payload.create({
    collection: 'articles',
    locale: 'en',
    draft: true,
    data: { title: 'DRAFT-MARKER never published', summary: 'x', body: paragraph('x'), _status: 'draft' },
  })
  // A published article whose Chinese translation is still a draft.
  const published = await payload.create({
    collection: 'articles',
    locale: 'en',
    data: { title: 'Published in English', summary: 'Summary', body: paragraph('Body'), _status: 'published' },
  })
  await payload.update({
    collection: 'articles',
    id: published.id,
    locale: 'zh',
    draft: true,
    data: { title: 'DRAFT-TRANSLATION-MARKER', summary: '摘要', body: paragraph('正文') },
  })
  // Script-bearing text in a title and a hostile link in rich text.
  await payload.create({
    collection: 'articles',
    locale: 'en',
    data: {
      title: '<script>alert("title")</script> & co',
      summary: 'Links',
      body: {
        root: {
          type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
          children: [{
            type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0,
            children: [
              { type: 'text', text: '<img src=x onerror=alert(1)>', detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
              {
                type: 'link', format: '', indent: 0, version: 3, direction: 'ltr',
                fields: { linkType: 'custom', url: 'javascript:alert(2)', newTab: false },
                children: [{ type: 'text', text: 'click', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
              },
            ],
          }],
        },
      } as never,
      _status: 'published',
    },
  })
  await exportPublished(payload, outDir)
})
afterAll(async () => ctx?.close())

describe('export of published content', () => {
  it('should write every public collection and a manifest', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8'))
    expect(manifest.counts).toMatchObject({ articles: 3, pages: 1, documents: 1, countries: 2, media: 1 })
    expect(fs.existsSync(path.join(outDir, 'uploads', 'media', 'square.png'))).toBe(true)
    expect(fs.existsSync(path.join(outDir, 'uploads', 'files', 'guide.en.pdf'))).toBe(true)
  })

  it('should leave out drafts and draft translations of published items', () => {
    expect(exportedText()).not.toContain('DRAFT-MARKER')
    expect(exportedText()).not.toContain('DRAFT-TRANSLATION-MARKER')
    const english = read('articles').find((item) => (item.data.title as Record<string, string>).en === 'Published in English')!
    expect(english.locales).toEqual(['en'])
  })

  it('should list the locales each item is translated into', () => {
    const forum = read('articles').find((item) => (item.data.slug as Record<string, string>).en === 'forum-opens')!
    expect(forum.locales).toEqual(['en', 'zh', 'ar', 'mn', 'th'])
  })

  it('should turn rich text into sanitized HTML', () => {
    const forum = read('articles').find((item) => (item.data.slug as Record<string, string>).en === 'forum-opens')!
    expect((forum.data.body as Record<string, string>).zh).toBe('<h2>开幕</h2><p>论坛今天<strong>开幕</strong>。</p>')
    const hostile = read('articles').find((item) => (item.data.title as Record<string, string>).en.includes('<script>'))!
    const html = (hostile.data.body as Record<string, string>).en
    expect(html).not.toMatch(/<img|<[^>]*\son\w+=|javascript:/i)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain(">click<")
  })

  it('should keep a previous export when a new one fails', async () => {
    const before = fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')
    const broken = { ...payload, find: () => Promise.reject(new Error('database unavailable')) } as unknown as Payload
    await expect(exportPublished(broken, outDir)).rejects.toThrow('database unavailable')
    expect(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')).toBe(before)
    expect(fs.readdirSync(path.dirname(outDir)).filter((name) => name.startsWith('export.tmp'))).toEqual([])
  })
})

describe('the export after a publish', () => {
  it('should read only what changed and still equal a full export', async () => {
    const before = path.join(ctx.dataDir, 'export-before')
    await exportPublished(payload, before)
    // Changes of every kind: a new article, an edit, an item unpublished, an alt text.
    await payload.create({ collection: 'articles', locale: 'en', data: { title: 'Added later', summary: 's', body: paragraph('b'), _status: 'published' } })
    const [forum] = (await payload.find({ collection: 'articles', where: { slug: { equals: 'forum-opens' } } })).docs
    await payload.update({ collection: 'articles', id: forum.id, locale: 'en', data: { summary: 'Edited later', _status: 'published' } })
    const [published] = (await payload.find({ collection: 'articles', where: { title: { equals: 'Published in English' } } })).docs
    await payload.update({ collection: 'articles', id: published.id, data: { _status: 'draft' } })
    const [image] = (await payload.find({ collection: 'media', limit: 1 })).docs
    await payload.update({ collection: 'media', id: image.id, locale: 'en', data: { alt: 'Changed later' } })

    const incremental = path.join(ctx.dataDir, 'export-incremental')
    await exportPublished(payload, incremental, { previous: before })
    const full = path.join(ctx.dataDir, 'export-full')
    await exportPublished(payload, full)
    const items = (dir: string, collection: string) =>
      readCollection(dir, collection).sort((a, b) => String(a.id).localeCompare(String(b.id)))
    for (const collection of ['articles', 'documents', 'pages', 'topics', 'countries', 'media', 'files', 'redirects']) {
      expect(items(incremental, collection), collection).toEqual(items(full, collection))
    }
    expect(JSON.stringify(items(incremental, 'articles'))).toContain('Edited later')
    expect(JSON.stringify(items(incremental, 'media'))).toContain('Changed later')
    expect(fs.readdirSync(path.join(incremental, 'uploads', 'media')).sort()).toEqual(fs.readdirSync(path.join(full, 'uploads', 'media')).sort())
  })

  it('should not read every publication again when none was removed', async () => {
    // An article of this test's own, published in English before the export the next one starts from.
    const added = await payload.create({ collection: 'articles', locale: 'en', data: { title: 'Translated later', summary: 's', body: paragraph('b'), _status: 'published' } })
    const before = path.join(ctx.dataDir, 'export-before-edit')
    await exportPublished(payload, before)
    // An edit, and a new translation of another article: publications written, none removed.
    const [forum] = (await payload.find({ collection: 'articles', where: { slug: { equals: 'forum-opens' } } })).docs
    await payload.update({ collection: 'articles', id: forum.id, locale: 'en', data: { summary: 'Edited once more', _status: 'published' } })
    await payload.update({ collection: 'articles', id: added.id, locale: 'fr', data: { title: 'Traduit plus tard', summary: 'r', body: paragraph('c'), _status: 'published' } })

    // Publication reads that are not limited to recent or named items would read all of them.
    const wholeReads: unknown[] = []
    const watched = new Proxy(payload, {
      get: (target, property) =>
        property === 'find'
          ? (args: Parameters<Payload['find']>[0]) => {
              const where = JSON.stringify(args.where ?? {})
              if (args.collection === 'locale-publications' && !where.includes('updatedAt') && !where.includes('documentId')) wholeReads.push(where)
              return target.find(args)
            }
          : Reflect.get(target, property),
    })
    const incremental = path.join(ctx.dataDir, 'export-after-edit')
    await exportPublished(watched, incremental, { previous: before })
    expect(wholeReads).toEqual([])
    const full = path.join(ctx.dataDir, 'export-full-after-edit')
    await exportPublished(payload, full)
    const items = (dir: string) => readCollection(dir, 'articles').sort((a, b) => String(a.id).localeCompare(String(b.id)))
    expect(items(incremental)).toEqual(items(full))
    expect(items(incremental).find((item) => item.id === added.id)?.locales).toEqual(['en', 'fr'])
    expect(JSON.stringify(items(incremental))).toContain('Edited once more')
  })
})
