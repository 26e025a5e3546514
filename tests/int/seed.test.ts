import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { CorpusError, loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { copyFixtureCorpus, editFile, fixtureCorpus } from '../helpers/corpus'
import { startPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
const copies: { remove: () => void }[] = []
beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
})
afterEach(() => copies.splice(0).forEach((copy) => copy.remove()))
afterAll(async () => ctx?.close())

const collectionsToCount = ['countries', 'topics', 'media', 'files', 'articles', 'documents', 'pages'] as const
async function counts() {
  const entries = await Promise.all(
    collectionsToCount.map(async (slug) => [slug, (await payload.count({ collection: slug })).totalDocs] as const),
  )
  return Object.fromEntries(entries)
}

function brokenCorpus(relative: string, edit: (text: string) => string) {
  const copy = copyFixtureCorpus()
  copies.push(copy)
  editFile(copy.root, relative, edit)
  return copy.root
}

async function problemsOf(root: string): Promise<string[]> {
  const error = await Promise.resolve()
    .then(() => importCorpus(payload, loadCorpus(root)))
    .catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(CorpusError)
  return (error as CorpusError).problems
}

describe('seed validation', () => {
  it.each([
    ['a value outside a select’s options', 'documents/mla-guide.yaml', (t: string) => t.replace('guideline', 'pamphlet'), 'documents/mla-guide.yaml: documentType: "pamphlet" is not one of'],
    ['an unknown field', 'articles/forum-opens.yaml', (t: string) => `${t}colour: blue\n`, 'articles/forum-opens.yaml: colour: unknown field'],
    ['a required field missing in the default locale', 'articles/forum-opens.yaml', (t: string) => t.replace('  en: "Twelve delegations met."\n', ''), 'articles/forum-opens.yaml: summary: is required in the default locale "en"'],
    ['an unknown locale code', 'articles/forum-opens.yaml', (t: string) => t.replace('  th: "การประชุมเปิดที่กว่างโจว"', '  xx: "?"'), 'articles/forum-opens.yaml: title.xx: unknown locale code'],
    ['a reference to an item that does not exist', 'articles/forum-opens.yaml', (t: string) => t.replace('topics: [judicial-assistance]', 'topics: [space-law]'), 'articles/forum-opens.yaml: topics: "space-law" is not defined in topics'],
    ['a missing file', 'documents/mla-guide.yaml', (t: string) => t.replace('guide.en.pdf', 'missing.pdf'), 'documents/mla-guide.yaml: file.en: file files/missing.pdf does not exist'],
    ['a translatable field given as plain text', 'pages/about.yaml', (t: string) => t.replace('title: { en: "About us", zh: "关于我们" }', 'title: About us'), 'pages/about.yaml: title: is translatable'],
    ['a YAML syntax error', 'topics.yaml', (t: string) => `${t}  - : [\n`, 'topics.yaml:'],
    ['an unknown country code', 'countries.yaml', (t: string) => `${t}- XQ\n`, 'countries.yaml: "XQ" is not an ISO 3166-1 alpha-2 code'],
    ['an image without alt text in the default locale', 'media/media.yaml', (t: string) => t.replace('en: "A blue square", ', ''), 'media/media.yaml: square.png.alt: is required in the default locale "en"'],
  ])('should reject %s, naming the file and field, and write nothing', async (_case, file, edit, expected) => {
    const before = await counts()
    const problems = await problemsOf(brokenCorpus(file, edit))
    expect(problems.some((problem) => problem.startsWith(expected))).toBe(true)
    expect(await counts()).toEqual(before)
  })

  it('should roll back everything when a write fails after validation passed', async () => {
    const copy = copyFixtureCorpus()
    copies.push(copy)
    // A file that exists and has the right extension, but that Payload refuses as a PDF.
    fs.writeFileSync(path.join(copy.root, 'files', 'guide.en.pdf'), 'not really a PDF')
    const before = await counts()
    await expect(importCorpus(payload, loadCorpus(copy.root))).rejects.toThrow()
    expect(await counts()).toEqual(before)
  })
})

describe('seed import', () => {
  it('should import the corpus, then update in place on a second run without duplicating', async () => {
    const lines: string[] = []
    const first = await importCorpus(payload, loadCorpus(fixtureCorpus), (line) => lines.push(line))
    expect(first.created).toBeGreaterThan(0)
    expect(lines.some((line) => line.startsWith('articles: 1 written'))).toBe(true)
    const afterFirst = await counts()
    expect(afterFirst).toMatchObject({ countries: 2, topics: 1, media: 1, files: 1, articles: 1, documents: 1, pages: 1 })

    const second = await importCorpus(payload, loadCorpus(fixtureCorpus))
    expect(second.created).toBe(0)
    expect(second.updated).toBe(first.created)
    expect(await counts()).toEqual(afterFirst)
  })

  it('should publish each translation present and leave the others to fall back', async () => {
    await importCorpus(payload, loadCorpus(fixtureCorpus))
    const [article] = (await payload.find({ collection: 'articles', locale: 'all', overrideAccess: false, depth: 0 })).docs
    const title = article.title as unknown as Record<string, string>
    expect(Object.keys(title).sort()).toEqual(['ar', 'en', 'mn', 'th', 'zh'])
    expect((article.slug as unknown as Record<string, string>).en).toBe('forum-opens')
    const page = (await payload.find({ collection: 'pages', locale: 'zh', overrideAccess: false, depth: 0 })).docs[0]
    const facts = page.layout.find((block) => block.blockType === 'facts') as { items: { value: number; label: string }[] }
    expect(facts.items[0]).toMatchObject({ value: 293, label: '2024年司法协助案件' })
    const related = article.related as { relationTo: string }[]
    expect(related.map((item) => item.relationTo)).toEqual(['documents'])
  })
})
