import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { readCollection } from '../../publishing/format/exportFiles'
import { exportPublished } from '../../cms/export/exportPublished'
import type { ExportedItem } from '../../publishing/format/exportFormat'
import { backfillTranslationWorkflow } from '../../cms/translation/backfill'
import { translationCounts, translationStates } from '../../cms/translation/dashboard'
import { registerMachineTranslator } from '../../cms/translation/machineTranslationProviders'
import type { LocalePublication, TranslationEvent, TranslationState } from '../../cms/translation/types'
import { usePayload } from '../helpers/payload'
import { errorMessage, restClient, type RestResponse } from '../helpers/rest'
import { paragraph } from '../helpers/richText'
import { createUser } from '../helpers/users'

const ctx = usePayload()
let payload: Payload
type Client = Awaited<ReturnType<typeof restClient>>
let anonymous: Client
let editor: Client
let translatorZh: Client
let translatorFr: Client
let reviewerZh: Client
let reviewerAr: Client
let editorUser: Awaited<ReturnType<typeof createUser>>
let translatorZhUser: typeof editorUser

beforeAll(async () => {
  payload = ctx().payload
  editorUser = await createUser(payload, 'editor')
  translatorZhUser = await createUser(payload, 'translator', ['zh'])
  anonymous = await restClient(payload)
  editor = await restClient(payload, editorUser)
  translatorZh = await restClient(payload, translatorZhUser)
  translatorFr = await restClient(payload, await createUser(payload, 'translator', ['fr']))
  reviewerZh = await restClient(payload, await createUser(payload, 'reviewer', ['zh']))
  reviewerAr = await restClient(payload, await createUser(payload, 'reviewer', ['ar']))
})
afterEach(() => registerMachineTranslator(null))

const ok = (response: RestResponse) => {
  expect(response.status, errorMessage(response)).toBeOneOf([200, 201])
  return response.body
}

/** An article the editor wrote and published in English, through the REST API as the admin does. */
async function englishArticle(title: string) {
  const body = ok(await editor('post', '/articles?locale=en', { title, summary: `${title}: the summary`, body: paragraph(`${title}: the body`), _status: 'published' }))
  return (body.doc as { id: number }).id
}

/** A draft save in one locale, as the admin's Save draft button sends it. */
const saveDraft = (client: Client, id: number, locale: string, data: Record<string, unknown>, collection = 'articles') =>
  client('patch', `/${collection}/${id}?locale=${locale}&draft=true`, data)

const act = (client: Client, action: string, id: number, locale: string | string[], extra: Record<string, unknown> = {}, collection = 'articles') =>
  client('post', `/translation-workflow/${action}`, { collection, id, ...(Array.isArray(locale) ? { locales: locale } : { locale }), ...extra })

async function publishedLocales(id: number, collection = 'articles') {
  const response = ok(await anonymous('get', `/locale-publications?where[collection][equals]=${collection}&where[documentId][equals]=${id}&limit=50`))
  return (response.docs as LocalePublication[]).map((publication) => publication.locale).sort()
}

async function state(id: number, locale: string, collection = 'articles'): Promise<TranslationState> {
  const { docs } = await payload.find({
    collection: 'translations' as never,
    where: { collection: { equals: collection }, documentId: { equals: String(id) }, locale: { equals: locale } },
  })
  return docs[0] as unknown as TranslationState
}

async function events(id: number, locale: string): Promise<TranslationEvent[]> {
  const { docs } = await payload.find({
    collection: 'translation-events' as never,
    where: { documentId: { equals: String(id) }, locale: { equals: locale } },
    sort: ['createdAt', 'id'] as never,
    pagination: false,
  })
  return docs as unknown as TranslationEvent[]
}

async function exported(id: number): Promise<ExportedItem | undefined> {
  const outDir = path.join(ctx().dataDir, `export-${id}-${Date.now()}`)
  await exportPublished(payload, outDir)
  const items = readCollection(outDir, 'articles')
  fs.rmSync(outDir, { recursive: true, force: true })
  return items.find((item) => item.id === id)
}

describe('publishing one language at a time', () => {
  it('should publish Chinese without publishing an unfinished French draft, on the API and in the export', async () => {
    const id = await englishArticle('Isolation')
    ok(await saveDraft(translatorZh, id, 'zh', { title: '隔离', summary: '中文摘要', body: paragraph('中文正文') }))
    ok(await saveDraft(translatorFr, id, 'fr', { title: 'UNFINISHED-FRENCH', summary: 'brouillon', body: paragraph('brouillon') }))

    ok(await act(reviewerZh, 'publish', id, 'zh'))
    expect(await publishedLocales(id)).toEqual(['en', 'zh'])
    expect((await state(id, 'zh')).status).toBe('published')
    expect((await state(id, 'fr')).status).toBe('draft')

    // The collection's own API, read anonymously: French falls back to English; all locales show the published ones.
    expect((ok(await anonymous('get', `/articles/${id}?locale=fr`)) as { title: string }).title).toBe('Isolation')
    expect((ok(await anonymous('get', `/articles/${id}?locale=fr&fallback-locale=none`)) as { title: unknown }).title).toBeNull()
    const allLocales = (ok(await anonymous('get', `/articles/${id}?locale=all`)) as { title: Record<string, unknown> }).title
    expect(Object.fromEntries(Object.entries(allLocales).filter(([, value]) => value !== null))).toEqual({ en: 'Isolation', zh: '隔离' })
    expect((ok(await anonymous('get', `/articles/${id}?locale=zh`)) as { title: string }).title).toBe('隔离')
    // Staff still see the working copy.
    expect((ok(await translatorFr('get', `/articles/${id}?locale=fr&draft=true`)) as { title: string }).title).toBe('UNFINISHED-FRENCH')

    const item = (await exported(id))!
    expect(item.locales).toEqual(['en', 'zh'])
    expect(item.data.title).toEqual({ en: 'Isolation', zh: '隔离' })
    expect((item.data.body as Record<string, string>).zh).toBe('<p>中文正文</p>')
    expect(JSON.stringify(item)).not.toContain('UNFINISHED-FRENCH')
  })

  it('should take one language off the site and leave the others, and take all off with Payload’s Unpublish', async () => {
    const id = await englishArticle('Unpublish one')
    ok(await saveDraft(reviewerZh, id, 'zh', { title: '下线', summary: '摘要', body: paragraph('正文') }))
    ok(await act(reviewerZh, 'publish', id, 'zh'))
    expect(await publishedLocales(id)).toEqual(['en', 'zh'])

    ok(await act(reviewerZh, 'unpublish', id, 'zh', { note: 'Wrong terminology' }))
    expect(await publishedLocales(id)).toEqual(['en'])
    expect((await exported(id))!.locales).toEqual(['en'])
    expect((await state(id, 'zh')).status).toBe('draft')

    // Payload's own Unpublish button: the whole item back to draft.
    ok(await editor('patch', `/articles/${id}?locale=en`, { _status: 'draft' }))
    expect(await publishedLocales(id)).toEqual([])
    expect(await exported(id)).toBeUndefined()
  })

  it('should make the item a draft again when its last published language is unpublished', async () => {
    const id = await englishArticle('Last language')
    ok(await act(editor, 'unpublish', id, 'en'))
    expect(await publishedLocales(id)).toEqual([])
    const doc = await payload.findByID({ collection: 'articles', id, locale: 'en' })
    expect(doc._status).toBe('draft')
    expect((await anonymous('get', `/articles/${id}`)).status).toBe(404)
  })

  it('should publish the edited language when Payload’s Publish button is used, and only that one', async () => {
    const id = await englishArticle('Publish button')
    ok(await saveDraft(translatorFr, id, 'fr', { title: 'UNFINISHED-FRENCH-2', summary: 'x', body: paragraph('x') }))
    ok(await reviewerAr('patch', `/articles/${id}?locale=ar`, { title: 'زر النشر', summary: 'ملخص', body: paragraph('نص'), _status: 'published' }))
    expect(await publishedLocales(id)).toEqual(['ar', 'en'])
    const item = (await exported(id))!
    expect(item.data.title).toEqual({ en: 'Publish button', ar: 'زر النشر' })
  })

  it('should keep a published language as it was published while its draft changes', async () => {
    const id = await englishArticle('Stable')
    ok(await saveDraft(editor, id, 'en', { title: 'Stable, edited in draft' }))
    // Publishing Chinese writes Payload's whole document; the English draft must stay unpublished all the same.
    ok(await reviewerZh('patch', `/articles/${id}?locale=zh`, { title: '稳定', summary: '摘要', body: paragraph('正文'), _status: 'published' }))
    expect((await exported(id))!.data.title).toEqual({ en: 'Stable', zh: '稳定' })
    expect((ok(await anonymous('get', `/articles/${id}?locale=en`)) as { title: string }).title).toBe('Stable')
    expect(await state(id, 'en')).toMatchObject({ status: 'published', changedSincePublish: true })
  })
})

describe('outdated translations', () => {
  it('should mark a translated field outdated when its source changes, and not when another translation changes', async () => {
    const id = await englishArticle('Outdated source')
    ok(await saveDraft(translatorZh, id, 'zh', { title: '过时', summary: '中文摘要', body: paragraph('中文正文') }))
    ok(await saveDraft(translatorFr, id, 'fr', { title: 'Obsolète' }))
    expect((await state(id, 'zh')).outdatedFields).toEqual([])

    ok(await saveDraft(editor, id, 'en', { summary: 'Outdated source: the revised summary' }))
    expect(await state(id, 'zh')).toMatchObject({ outdatedFields: ['summary'], outdated: true })
    // French never translated the summary: nothing of it can be out of date.
    expect((await state(id, 'fr')).outdatedFields).toEqual([])

    ok(await saveDraft(translatorFr, id, 'fr', { title: 'Obsolète, corrigé', summary: 'Résumé' }))
    expect((await state(id, 'zh')).outdatedFields).toEqual(['summary'])

    // Bringing the field up to date clears it.
    ok(await saveDraft(translatorZh, id, 'zh', { summary: '修订后的中文摘要' }))
    expect(await state(id, 'zh')).toMatchObject({ outdatedFields: [], outdated: false })
  })

  it('should show what changed in the source since the translation, word by word, and mark it current in one action', async () => {
    const id = await englishArticle('Diff')
    ok(await saveDraft(translatorZh, id, 'zh', { title: '差异', summary: '摘要', body: paragraph('正文') }))
    ok(await saveDraft(editor, id, 'en', { body: paragraph('Diff: the revised body'), title: 'Diff, retitled' }))
    expect((await state(id, 'zh')).outdatedFields).toEqual(['body', 'title'])

    const diff = ok(await translatorZh('get', `/translation-workflow/diff?collection=articles&id=${id}&locale=zh&path=body`))
    expect(diff).toMatchObject({ recordedText: 'Diff: the body', currentText: 'Diff: the revised body', sourceLocale: 'en' })
    expect(diff.parts).toContainEqual({ value: 'revised ', added: true })

    const overview = ok(await translatorZh('get', `/translation-workflow/overview?collection=articles&id=${id}&locale=zh`))
    expect((overview.outdated as { path: string }[]).map((field) => field.path)).toEqual(['body', 'title'])
    expect(overview.actions).toContain('markCurrent')

    ok(await act(translatorZh, 'markCurrent', id, 'zh'))
    expect(await state(id, 'zh')).toMatchObject({ outdatedFields: [], outdated: false })
    expect((await events(id, 'zh')).map((event) => event.action)).toContain('marked-current')
    // Current again, until the source changes again.
    ok(await saveDraft(editor, id, 'en', { body: paragraph('Diff: the body, third version') }))
    expect((await state(id, 'zh')).outdatedFields).toEqual(['body'])
  })

  it('should track fields inside blocks by row, and report outdated published translations in the export', async () => {
    const layout = [{ blockType: 'richText', content: paragraph('Who we are') }]
    const page = ok(await editor('post', '/pages?locale=en', { title: 'About us', layout, _status: 'published' })).doc as {
      id: number
      layout: { id: string }[]
    }
    const rowId = page.layout[0].id
    ok(await reviewerZh('patch', `/pages/${page.id}?locale=zh`, {
      title: '关于我们',
      layout: [{ id: rowId, blockType: 'richText', content: paragraph('我们是谁') }],
      _status: 'published',
    }))
    ok(await editor('patch', `/pages/${page.id}?locale=en`, {
      layout: [{ id: rowId, blockType: 'richText', content: paragraph('Who we are and what we do') }],
      _status: 'published',
    }))
    expect((await state(page.id, 'zh', 'pages')).outdatedFields).toEqual([`layout.${rowId}.content`])

    const outDir = path.join(ctx().dataDir, 'export-pages')
    await exportPublished(payload, outDir)
    const pages = readCollection(outDir, 'pages')
    const item = pages.find((one) => one.id === page.id)!
    expect(item.outdated).toEqual({ zh: [`layout.${rowId}.content`] })
    const block = (item.data.layout as { content: Record<string, string> }[])[0]
    expect(block.content).toEqual({ en: '<p>Who we are and what we do</p>', zh: '<p>我们是谁</p>' })
  })
})

describe('review', () => {
  it('should carry a translation from draft through review to publication, and keep the audit trail', async () => {
    const id = await englishArticle('Review path')
    ok(await saveDraft(translatorZh, id, 'zh', { title: '审核', summary: '摘要', body: paragraph('正文') }))
    ok(await act(translatorZh, 'submit', id, 'zh'))
    expect((await state(id, 'zh')).status).toBe('in_review')

    const noReason = await act(reviewerZh, 'reject', id, 'zh')
    expect(noReason.status).toBe(400)
    ok(await act(reviewerZh, 'reject', id, 'zh', { note: 'Use the official name of the forum.' }))
    expect(await state(id, 'zh')).toMatchObject({ status: 'draft', note: 'Use the official name of the forum.' })

    ok(await saveDraft(translatorZh, id, 'zh', { title: '审核（修订）' }))
    ok(await act(translatorZh, 'submit', id, 'zh'))
    ok(await act(reviewerZh, 'approve', id, 'zh'))
    ok(await act(reviewerZh, 'publish', id, 'zh'))
    expect(await state(id, 'zh')).toMatchObject({ status: 'published', changedSincePublish: false })

    const trail = await events(id, 'zh')
    expect(trail.map((event) => event.action)).toEqual(['saved', 'submitted', 'rejected', 'saved', 'submitted', 'approved', 'published'])
    expect(trail.every((event) => event.user)).toBe(true)
    expect(trail[2].note).toBe('Use the official name of the forum.')

    const overview = ok(await translatorZh('get', `/translation-workflow/overview?collection=articles&id=${id}&locale=zh`))
    expect((overview.events as { action: string }[])[0].action).toBe('published')
    expect(overview.published).toMatchObject({ publishedBy: expect.stringContaining('reviewer-zh') })
  })

  it('should refuse to publish a language that has no text', async () => {
    const id = await englishArticle('Empty Thai')
    const response = await act(editor, 'publish', id, 'th')
    expect(response.status).toBe(409)
    expect(await publishedLocales(id)).toEqual(['en'])
  })
})

describe('role rules', () => {
  const actions = ['submit', 'approve', 'reject', 'publish', 'unpublish', 'markCurrent', 'machineTranslate'] as const
  const refused = (response: RestResponse) => response.status === 403 && /role cannot/.test(errorMessage(response))

  it('should let translators submit, mark current and machine-translate their own languages only', async () => {
    const id = await englishArticle('Translator rules')
    ok(await saveDraft(translatorZh, id, 'zh', { title: '规则', summary: '摘要', body: paragraph('正文') }))
    const allowed = new Set(['submit', 'markCurrent', 'machineTranslate'])
    for (const action of actions) {
      expect(refused(await act(translatorZh, action, id, 'zh')), `${action} zh`).toBe(!allowed.has(action))
      expect(refused(await act(translatorZh, action, id, 'fr')), `${action} fr`).toBe(true)
      expect(refused(await act(translatorZh, action, id, 'en')), `${action} en`).toBe(true)
    }
    expect(await publishedLocales(id)).toEqual(['en'])
  })

  it('should let reviewers take every action in their languages and none elsewhere', async () => {
    for (const action of actions) {
      const id = await englishArticle(`Reviewer rules ${action}`)
      ok(await saveDraft(translatorZh, id, 'zh', { title: '审校', summary: '摘要', body: paragraph('正文') }))
      expect(refused(await act(reviewerZh, action, id, 'zh')), `${action} zh`).toBe(false)
      expect(refused(await act(reviewerZh, action, id, 'ar')), `${action} ar`).toBe(true)
      expect(refused(await act(reviewerZh, action, id, 'en')), `${action} en`).toBe(true)
    }
  })

  it('should refuse signed-out callers and unknown items', async () => {
    const id = await englishArticle('Anonymous')
    expect((await act(anonymous, 'publish', id, 'en')).status).toBe(401)
    expect((await act(editor, 'publish', 999_999, 'en')).status).toBe(404)
    expect((await act(editor, 'fly', id, 'en')).status).toBe(404)
    expect((await anonymous('get', `/translations`)).status).toBe(403)
  })

  it('should never let anyone write the workflow collections through the API', async () => {
    const id = await englishArticle('Forged')
    const forged = await editor('post', '/locale-publications', { collection: 'articles', documentId: String(id), locale: 'fr', data: {}, publishedAt: new Date().toISOString() })
    expect(forged.status).toBe(403)
    expect((await editor('post', '/translation-events', { collection: 'articles', documentId: '1', locale: 'fr', action: 'approved' })).status).toBe(403)
  })
})

describe('machine translation', () => {
  const bracket = { name: 'bracket MT', translate: async (texts: string[], _from: string, to: string) => texts.map((text) => `[${to}] ${text}`) }

  it('should say so when no machine translator is configured', async () => {
    const id = await englishArticle('No MT')
    const response = await act(translatorZh, 'machineTranslate', id, 'zh')
    expect(response.status).toBe(501)
  })

  it('should fill the empty fields as a draft, keep rich text structure, and refuse publication until a person approves', async () => {
    registerMachineTranslator(bracket)
    const id = await englishArticle('Machine')
    ok(await saveDraft(translatorZh, id, 'zh', { title: '人工标题' }))
    ok(await act(translatorZh, 'machineTranslate', id, 'zh'))

    const zh = await payload.findByID({ collection: 'articles', id, locale: 'zh', draft: true, fallbackLocale: false as never })
    expect(zh.title).toBe('人工标题')
    expect(zh.summary).toBe('[zh] Machine: the summary')
    expect((zh.body as unknown as { root: { children: { type: string; children: { text: string }[] }[] } }).root.children[0]).toMatchObject({
      type: 'paragraph',
      children: [{ text: '[zh] Machine: the body' }],
    })
    expect(await state(id, 'zh')).toMatchObject({ machineTranslated: true, status: 'draft' })
    expect((await events(id, 'zh')).map((event) => event.action)).toContain('machine-translated')

    const refusedAction = await act(reviewerZh, 'publish', id, 'zh')
    expect(refusedAction.status).toBe(403)
    expect(errorMessage(refusedAction)).toMatch(/machine translated/)
    const refusedButton = await reviewerZh('patch', `/articles/${id}?locale=zh`, { _status: 'published' })
    expect(refusedButton.status).toBe(403)
    expect(await publishedLocales(id)).toEqual(['en'])

    ok(await act(reviewerZh, 'approve', id, 'zh'))
    expect((await state(id, 'zh')).machineTranslated).toBe(false)
    ok(await act(reviewerZh, 'publish', id, 'zh'))
    expect(await publishedLocales(id)).toEqual(['en', 'zh'])
  })
})

describe('transactions', () => {
  it('should write nothing, audit events included, when one language of a joint publication is refused', async () => {
    registerMachineTranslator({ name: 'bracket MT', translate: async (texts) => texts.map((text) => `[mt] ${text}`) })
    const id = await englishArticle('All or nothing')
    ok(await saveDraft(translatorZh, id, 'zh', { title: '全有或全无', summary: '摘要', body: paragraph('正文') }))
    ok(await act(editor, 'machineTranslate', id, 'fr'))
    const before = (await events(id, 'zh')).length

    const response = await act(editor, 'publish', id, ['zh', 'fr'])
    expect(response.status).toBe(403)
    expect(await publishedLocales(id)).toEqual(['en'])
    expect((await state(id, 'zh')).status).toBe('draft')
    expect((await events(id, 'zh')).length).toBe(before)
  })
})

describe('the dashboard', () => {
  it('should count, per language, what is missing, in draft, in review, approved, published, outdated and machine translated', async () => {
    registerMachineTranslator({ name: 'bracket MT', translate: async (texts) => texts.map((text) => `[mt] ${text}`) })
    const assignee = await createUser(payload, 'translator', ['zh'])
    const missing = await englishArticle('Count: missing')
    const inReview = await englishArticle('Count: in review')
    ok(await saveDraft(translatorZh, inReview, 'zh', { title: '审核中', summary: '摘要', body: paragraph('正文') }))
    ok(await act(translatorZh, 'submit', inReview, 'zh'))
    const machine = await englishArticle('Count: machine')
    ok(await act(editor, 'machineTranslate', machine, 'zh'))
    const approved = await englishArticle('Count: approved')
    ok(await saveDraft(translatorZh, approved, 'zh', { title: '已批准', summary: '摘要', body: paragraph('正文') }))
    ok(await act(reviewerZh, 'approve', approved, 'zh'))
    const outdated = await englishArticle('Count: outdated')
    ok(await saveDraft(translatorZh, outdated, 'zh', { title: '过时', summary: '摘要', body: paragraph('正文') }))
    ok(await act(reviewerZh, 'publish', outdated, 'zh'))
    ok(await saveDraft(editor, outdated, 'en', { summary: 'Count: a new summary' }))
    for (const id of [missing, inReview, machine, approved, outdated]) {
      ok(await act(editor, 'assign', id, 'zh', { assignee: assignee.id }))
    }

    const counts = await translationCounts({ payload, user: editorUser }, { assignee: assignee.id })
    expect(counts.zh).toEqual({
      missing: 1,
      draft: 1,
      in_review: 1,
      approved: 1,
      published: 1,
      outdated: 1,
      machineTranslated: 1,
      changedSincePublish: 0,
      total: 5,
    })
    expect(counts.en.total).toBe(0)
    expect(Object.keys(counts)).toHaveLength(11)
    const articlesOnly = await translationCounts({ payload, user: editorUser }, { assignee: assignee.id, collection: 'pages' })
    expect(articlesOnly.zh.total).toBe(0)

    // A translator sees the languages assigned to them, and nothing of the others.
    expect(Object.keys(await translationCounts({ payload, user: translatorZhUser }, {}))).toEqual(['zh'])
    expect((await translationStates({ payload, user: translatorZhUser }, { locale: 'fr' })).docs).toEqual([])

    // As the dashboard passes it, from its query string.
    const list = await translationStates({ payload, user: translatorZhUser }, { locale: 'zh', status: 'in_review', assignee: String(assignee.id) })
    expect(list.docs.map((state) => state.documentId)).toEqual([String(inReview)])
    const stale = await translationStates({ payload, user: editorUser }, { locale: 'zh', outdated: true, assignee: assignee.id })
    expect(stale.docs.map((state) => state.documentId)).toEqual([String(outdated)])
  })
})

describe('items written before the workflow', () => {
  it('should keep their published languages live and start tracking them, once', async () => {
    const legacy = { skipTranslationTracking: true, skipLocalePublication: true }
    const { id } = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Legacy', summary: 'Legacy summary', body: paragraph('Legacy body'), _status: 'published' },
      context: legacy,
    })
    await payload.update({ collection: 'articles', id, locale: 'zh', data: { title: '旧文', summary: '摘要', body: paragraph('正文'), _status: 'published' }, context: legacy })
    await payload.update({ collection: 'articles', id, locale: 'fr', draft: true, data: { title: 'LEGACY-FRENCH-DRAFT' }, context: legacy })
    expect(await publishedLocales(id)).toEqual([])

    expect(await backfillTranslationWorkflow(payload)).toEqual({ items: 1, publications: 2 })
    expect(await publishedLocales(id)).toEqual(['en', 'zh'])
    expect(await state(id, 'zh')).toMatchObject({ status: 'published', outdatedFields: [] })
    expect((await state(id, 'fr')).status).toBe('draft')
    expect((await state(id, 'de')).status).toBe('missing')
    expect(JSON.stringify(await exported(id))).not.toContain('LEGACY-FRENCH-DRAFT')

    expect(await backfillTranslationWorkflow(payload)).toEqual({ items: 0, publications: 0 })
  })
})

describe('publishing through a save that returns only some fields', () => {
  it('should still publish the locale of the request', async () => {
    const { payload } = ctx()
    const created = (await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Selected fields only', summary: 's', body: paragraph('b'), _status: 'published' } as never,
      select: { id: true } as never,
    })) as { id: number | string }
    const { docs } = await payload.find({
      collection: 'locale-publications' as never,
      where: { and: [{ documentId: { equals: String(created.id) } }, { locale: { equals: 'en' } }] },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
  })
})
