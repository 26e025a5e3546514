import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { close, createIndex } from 'pagefind'
import { afterAll, describe, expect, it } from 'vitest'

import { indexedText, segmentKey } from '../../site/render/searchSegments'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-segments-'))
afterAll(async () => {
  await close()
  fs.rmSync(work, { recursive: true, force: true })
})

const page = ({ modified = '2026-01-01T00:00:00.000Z', text = 'Prosecutors met in Nanning.', stylesheet = 'site.abc123.css' } = {}) =>
  `<!doctype html><html lang="en"><head><title>Forum opens</title><link rel="stylesheet" href="/_astro/${stylesheet}">` +
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Forum opens","dateModified":"${modified}"}</script></head>` +
  `<body><main data-pagefind-body><h1>Forum opens</h1><p>${text}</p></main></body></html>`

/** Every file Pagefind writes for the page, by name, as it writes it. */
async function pagefindOutput(html: string): Promise<Map<string, Buffer>> {
  const folder = fs.mkdtempSync(path.join(work, 'index-'))
  const { index } = await createIndex({})
  await index!.addHTMLFile({ url: '/en/news/forum-opens/', content: html })
  await index!.writeFiles({ outputPath: folder })
  await index!.deleteIndex()
  const files = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  return new Map(files.map((entry) => [path.relative(folder, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name))]))
}

describe('what a search segment is keyed by', () => {
  it('should leave out the structured data, which Pagefind does not read: such pages index byte for byte the same', async () => {
    const before = page()
    const after = page({ modified: '2031-05-05T00:00:00.000Z' })
    expect(indexedText(after)).toBe(indexedText(before))
    expect(await pagefindOutput(after)).toEqual(await pagefindOutput(before))
  })

  it('should leave out hashed stylesheet links, and keep the text Pagefind indexes', async () => {
    expect(indexedText(page({ stylesheet: 'site.def456.css' }))).toBe(indexedText(page()))
    const edited = page({ text: 'Prosecutors met in Hanoi.' })
    expect(indexedText(edited)).not.toBe(indexedText(page()))
    expect(segmentKey({}, [{ url: '/en/', html: edited }])).not.toBe(segmentKey({}, [{ url: '/en/', html: page() }]))
    expect(await pagefindOutput(edited)).not.toEqual(await pagefindOutput(page()))
  })

  it('should keep structured data marked for Pagefind', () => {
    const marked = (value: string) => `<script type="application/ld+json" data-pagefind-meta="kind">${value}</script>`
    expect(indexedText(marked('a'))).not.toBe(indexedText(marked('b')))
  })
})
