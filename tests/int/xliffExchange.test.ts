import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importXliff } from '../../cms/translation/xliff/importXliff'
import { startPayload, type TestPayload } from '../helpers/payload'
import { markedUpBody, markedUpWords, para, richText, text } from '../helpers/richText'
import { createUser } from '../helpers/users'

let ctx: TestPayload
let payload: Payload
let editor: Awaited<ReturnType<typeof createUser>>
let translatorZh: typeof editor
let translatorFr: typeof editor
let reviewerAr: typeof editor
const tokens = new Map<unknown, string>()

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  editor = await createUser(payload, 'editor')
  translatorZh = await createUser(payload, 'translator', ['zh'])
  translatorFr = await createUser(payload, 'translator', ['fr'])
  reviewerAr = await createUser(payload, 'reviewer', ['ar'])
  for (const user of [editor, translatorZh, translatorFr, reviewerAr]) {
    const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'correct horse battery staple' } })
    tokens.set(user, token!)
  }
})
afterAll(async () => ctx?.close())

/** A request to the REST API, answered by Payload's own endpoint router, as the Next route would. */
async function call(method: 'GET' | 'POST', path: string, { as, body }: { as?: unknown; body?: string } = {}) {
  const headers = new Headers()
  if (as) headers.set('Authorization', `JWT ${tokens.get(as)}`)
  if (body !== undefined) headers.set('Content-Type', 'application/xliff+xml')
  const request = new Request(`http://localhost/api${path}`, { method, headers, body })
  return handleEndpoints({ config: payload.config, request })
}

async function exportFile(query: string, as: unknown = editor) {
  const response = await call('GET', `/translation-exchange/export?${query}`, { as })
  expect(response.status, await response.clone().text()).toBe(200)
  return response.text()
}

async function importFile(locale: string, xml: string, as: unknown = editor) {
  const response = await call('POST', `/translation-exchange/import?locale=${locale}`, { as, body: xml })
  return { status: response.status, report: await response.json() }
}

/** What an agency does: a target for every source, with each text run translated and the markup kept. */
function translate(xml: string, translateText: (text: string) => string): string {
  const translateRuns = (inner: string) =>
    `>${inner}<`.replace(/>([^<]+)</g, (_, run: string) => `>${run.trim() ? translateText(run) : run}<`).slice(1, -1)
  return xml
    .replace(/<target[^>]*>.*?<\/target>/g, '')
    .replace(/<source>(.*?)<\/source>/g, (whole, inner: string) => `${whole}<target>${translateRuns(inner)}</target>`)
}

/** Marks a run as translated, keeping the spaces around it where the markup needs them. */
const toChinese = (run: string) => run.replace(/^(\s*)([^]*?)(\s*)$/, '$1中文$2$3')

async function createArticle(title = 'Joint investigation in Vienna') {
  return payload.create({
    collection: 'articles',
    locale: 'en',
    data: {
      title,
      summary: 'Three prosecution services worked together.',
      body: markedUpBody(),
      seo: { metaTitle: 'Vienna investigation' },
      _status: 'published',
      publishedAt: '2025-01-01T00:00:00.000Z',
    },
    user: editor,
    overrideAccess: false,
  })
}

async function readDraft(collection: 'articles' | 'pages', id: number | string, locale: string) {
  return (await payload.findByID({
    collection,
    id,
    locale: locale as never,
    fallbackLocale: false as never,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })) as Record<string, any>
}

async function versionCount(id: number | string) {
  const { totalDocs } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, limit: 1 })
  return totalDocs
}

const chineseWords = Object.fromEntries(Object.entries(markedUpWords).map(([key, value]) => [key, toChinese(value)]))

describe.each(['2.0', '1.2'] as const)('XLIFF %s round trip', (version) => {
  it('should bring a rich-text article into Chinese as a draft with the same structure, marks and links', async () => {
    const article = await createArticle(`Joint investigation ${version}`)
    const exported = await exportFile(`collection=articles&ids=${article.id}&locale=zh&version=${version}`)
    expect(exported).toContain(version === '2.0' ? 'trgLang="zh-Hans"' : 'target-language="zh-Hans"')
    expect(exported).toContain(version === '2.0' ? 'subType="xlf:b"' : 'ctype="bold"')

    const { status, report } = await importFile('zh', translate(exported, toChinese), translatorZh)
    expect(report).toEqual({ ok: true, documents: [{ collection: 'articles', id: article.id, fields: ['title', 'summary', 'body', 'seo.metaTitle'] }] })
    expect(status).toBe(200)

    const zh = await readDraft('articles', article.id, 'zh')
    expect(zh._status).toBe('draft')
    expect(zh.title).toBe(`中文Joint investigation ${version}`)
    expect(zh.seo.metaTitle).toBe('中文Vienna investigation')
    expect(zh.body).toEqual(markedUpBody(chineseWords))

    // The source is untouched, and the published Chinese version is still absent: the import is a draft only.
    expect((await readDraft('articles', article.id, 'en')).body).toEqual(markedUpBody())
    const published = await payload.findByID({ collection: 'articles', id: article.id, locale: 'zh', fallbackLocale: false as never, depth: 0 })
    expect(published.title ?? null).toBeNull()
  })

  it('should offer the existing translation as targets on the next export', async () => {
    const article = await createArticle(`Retranslated ${version}`)
    const first = await exportFile(`collection=articles&ids=${article.id}&locale=zh&version=${version}`)
    expect((await importFile('zh', translate(first, toChinese))).report.ok).toBe(true)
    const second = await exportFile(`collection=articles&ids=${article.id}&locale=zh&version=${version}`)
    expect(second).toMatch(/<target[^>]*>中文Retranslated/)
    expect(second).toMatch(/<target[^>]*>中文Prosecutors from <(pc|g) id="1"/)
  })
})

describe('import refusals', () => {
  async function refused(xml: string, locale = 'zh', reason: RegExp, articleId?: number | string) {
    const before = articleId ? await versionCount(articleId) : 0
    const { status, report } = await importFile(locale, xml)
    expect(status).toBe(422)
    expect(report.ok).toBe(false)
    expect(report.problems.map((problem: { reason: string }) => problem.reason).join('\n')).toMatch(reason)
    if (articleId) {
      expect(await versionCount(articleId)).toBe(before)
      expect((await readDraft('articles', articleId, 'zh')).title ?? null).toBeNull()
    }
    return report.problems
  }

  it('should refuse a file for another target language', async () => {
    const article = await createArticle('Wrong language')
    const exported = translate(await exportFile(`collection=articles&ids=${article.id}&locale=zh`), toChinese)
    await refused(exported, 'fr', /target language is "zh-Hans", but this import expects fr/, article.id)
    await refused(exported.replace('trgLang="zh-Hans"', ''), 'zh', /declares no target language/, article.id)
  })

  it('should refuse unknown document ids', async () => {
    const article = await createArticle('Unknown document')
    const exported = translate(await exportFile(`collection=articles&ids=${article.id}&locale=zh`), toChinese)
    const problems = await refused(exported.replace(`original="articles/${article.id}"`, 'original="articles/987654"'), 'zh', /no articles document with id 987654/)
    expect(problems[0]).toMatchObject({ document: 'articles/987654' })
  })

  it('should refuse unknown unit ids and write nothing, not even the valid document next to it', async () => {
    const valid = await createArticle('Valid neighbour')
    const broken = await createArticle('Broken neighbour')
    const exported = await exportFile(`collection=articles&ids=${valid.id},${broken.id}&locale=zh&version=1.2`)
    const [head, tail] = exported.split(`original="articles/${broken.id}"`)
    const tampered = translate(`${head}original="articles/${broken.id}"${tail.replace('trans-unit id="summary"', 'trans-unit id="subtitle"')}`, toChinese)
    const problems = await refused(tampered, 'zh', /Unknown unit/, broken.id)
    expect(problems).toEqual([expect.objectContaining({ document: `articles/${broken.id}`, unit: 'subtitle' })])
    expect((await readDraft('articles', valid.id, 'zh')).title ?? null).toBeNull()
  })

  it('should refuse units whose source changed since the export', async () => {
    const article = await createArticle('Changing source')
    const exported = translate(await exportFile(`collection=articles&ids=${article.id}&locale=zh`), toChinese)
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { summary: 'A corrected summary.' }, user: editor, overrideAccess: false })
    const problems = await refused(exported, 'zh', /source text has changed since the file was exported/, article.id)
    expect(problems).toEqual([expect.objectContaining({ unit: 'summary' })])
  })

  it('should refuse malformed XML', async () => {
    const article = await createArticle('Malformed')
    const exported = translate(await exportFile(`collection=articles&ids=${article.id}&locale=zh`), toChinese)
    await refused(exported.slice(0, exported.length / 2), 'zh', /not well-formed XML/, article.id)
    await refused(exported.replace('中文Joint', '中文 & Joint'), 'zh', /not well-formed XML/, article.id)
  })

  it('should refuse inline markup that does not match the source', async () => {
    const article = await createArticle('Broken markup')
    const exported = translate(await exportFile(`collection=articles&ids=${article.id}&locale=zh`), toChinese)
    const target = exported.match(/<target>[^]*?<\/target>/g)!.find((candidate) => candidate.includes('xlf:b'))!
    const withoutBold = target.replace(/<pc id="1" type="fmt" subType="xlf:b">(.*?)<\/pc>/, '$1')
    const problems = await refused(exported.replace(target, withoutBold), 'zh', /inline element id="1" \(bold\) of the source is missing/, article.id)
    expect(problems[0]).toMatchObject({ unit: 'body', segment: 's2' })

    const extra = target.replace('</target>', '<pc id="99" type="fmt" subType="xlf:i">x</pc></target>')
    await refused(exported.replace(target, extra), 'zh', /id="99" \(italic\) is not in the source/, article.id)
  })
})

describe('who may exchange translations', () => {
  it('should let a translator import only their own locale', async () => {
    const article = await createArticle('Translator rules')
    const zhFile = translate(await exportFile(`collection=articles&ids=${article.id}&locale=zh`, translatorZh), toChinese)
    const frFile = translate(await exportFile(`collection=articles&ids=${article.id}&locale=fr`), (run) => `fr ${run}`)
    expect((await call('GET', `/translation-exchange/export?collection=articles&ids=${article.id}&locale=fr`, { as: translatorZh })).status).toBe(403)
    expect((await importFile('fr', frFile, translatorZh)).status).toBe(403)
    expect((await importFile('zh', zhFile, translatorFr)).status).toBe(403)
    expect((await importFile('zh', zhFile, translatorZh)).status).toBe(200)
    // The function refuses too, through the collection's access rules, not only the endpoint.
    const direct = await importXliff({ payload, user: translatorZh as never, locale: 'fr', xml: frFile })
    expect(direct.ok).toBe(false)
    expect((await readDraft('articles', article.id, 'fr')).title ?? null).toBeNull()
  })

  it('should let a reviewer exchange their assigned locale', async () => {
    const article = await createArticle('Reviewer rules')
    const arFile = await exportFile(`collection=articles&ids=${article.id}&locale=ar`, reviewerAr)
    const { status } = await importFile('ar', translate(arFile, (run) => `عربي ${run}`), reviewerAr)
    expect(status).toBe(200)
    expect((await readDraft('articles', article.id, 'ar')).body.root.children[0].direction).toBe('rtl')
  })

  it('should accept the file as a multipart upload, as the admin form sends it', async () => {
    const article = await createArticle('Uploaded as a form')
    const file = translate(await exportFile(`collection=articles&ids=${article.id}&locale=zh`), toChinese)
    const body = new FormData()
    body.set('file', new File([file], 'returned.xlf', { type: 'application/xliff+xml' }))
    const request = new Request('http://localhost/api/translation-exchange/import?locale=zh', {
      method: 'POST',
      headers: { Authorization: `JWT ${tokens.get(translatorZh)}` },
      body,
    })
    const response = await handleEndpoints({ config: payload.config, request })
    expect(response.status).toBe(200)
    expect((await readDraft('articles', article.id, 'zh')).title).toBe('中文Uploaded as a form')
  })

  it('should refuse anonymous requests and the source locale as a target', async () => {
    expect((await call('GET', '/translation-exchange/export?collection=articles&locale=zh')).status).toBe(401)
    expect((await call('POST', '/translation-exchange/import?locale=zh', { body: '<xliff/>' })).status).toBe(401)
    expect((await call('GET', '/translation-exchange/export?collection=articles&locale=en', { as: editor })).status).toBe(400)
  })
})

describe('what an export contains', () => {
  it('should export blocks and array rows of a page by row id and write them back into the same rows', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: {
        title: 'About us',
        layout: [
          { blockType: 'richText', content: richText(para(text('We cooperate.'))) },
          { blockType: 'facts', items: [{ value: 12, label: 'member states' }] },
        ],
        _status: 'published',
      },
      user: editor,
      overrideAccess: false,
    })
    const rowId = String(page.layout[0].id)
    const itemId = String((page.layout[1] as { items: { id: string }[] }).items[0].id)
    const exported = await exportFile(`collection=pages&ids=${page.id}&locale=zh`)
    expect(exported).toContain(`<unit id="layout.${rowId}.content"`)
    expect(exported).toContain(`<unit id="layout.${page.layout[1].id}.items.${itemId}.label"`)

    expect((await importFile('zh', translate(exported, toChinese), translatorZh)).report.ok).toBe(true)
    const zh = await readDraft('pages', page.id, 'zh')
    expect(zh.layout[0].content.root.children[0].children[0].text).toBe('中文We cooperate.')
    expect(zh.layout[1].items[0]).toMatchObject({ id: itemId, value: 12, label: '中文member states' })
    expect((await readDraft('pages', page.id, 'en')).layout[1].items[0].label).toBe('member states')
  })

  it('should export, without ids, the items that still lack a translation', async () => {
    const translated = await createArticle('Already translated')
    const untranslated = await createArticle('Still English only')
    const file = await exportFile(`collection=articles&ids=${translated.id}&locale=ja`)
    expect((await importFile('ja', translate(file, (run) => `日本語${run}`))).report.ok).toBe(true)
    const pending = await exportFile('collection=articles&locale=ja')
    expect(pending).toContain(`original="articles/${untranslated.id}"`)
    expect(pending).not.toContain(`original="articles/${translated.id}"`)
  })
})
