import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { collectionSlugs } from '../collectionSlugs'
import { localizedSlug, suffixedSlug } from '../fields/slugify'
import { textLimits } from '../fields/textLimits'
import { defaultLocale, type LocaleCode } from '../locales'
import { insertRows } from '../database/insertRows'
import { seedContext } from '../seed/importCorpus'
import { createInLocales, type LocaleContent } from '../translation/createInLocales'
import { htmlToLexical, imageReferences, parseWordPressHtml, type ImageReference } from './htmlToLexical'
import { attachmentFile } from './mediaFiles'
import type { ImportPlan, PlannedGroup, PlannedMember } from './planner'
import { withoutSizeSuffix } from './readSource'
import { SpoolReader } from './spool'
import type { ReportLine, SourceEntry, SourceTerm } from './types'

type Id = number | string
type Data = Record<string, unknown>

/**
 * Writes planned items into Payload through its Local API — validation, hooks, per-locale publication — the way an
 * editor's saves would, one transaction per item: an item whose write fails anywhere (a file refused, a field
 * invalid) leaves nothing behind, and the next item goes on. Hooks are told it is an import (the seed's context),
 * so no site build is queued per save; the caller queues one at the end.
 */
export class ImportWriter {
  private readonly spool: SpoolReader
  /** Ids found or made by committed items: topics by key, media by attachment source id. */
  private readonly known = new Map<string, Id>()

  constructor(
    private readonly payload: Payload,
    private readonly plan: ImportPlan,
  ) {
    this.spool = new SpoolReader(plan.spoolFile)
  }

  close() {
    this.spool.close()
  }

  /** Writes one item in its own transaction; returns one report line per source entry. */
  async write(group: PlannedGroup): Promise<ReportLine[]> {
    if (group.action === 'unchanged' && (await this.exists(group))) {
      return group.members.map((member) => ({ sourceId: member.sourceId, outcome: 'unchanged', collection: group.collection, locales: [member.locale] }))
    }
    const req = await createLocalReq({ context: { ...seedContext, importing: true } }, this.payload)
    const item = new ItemWrite(this, req, group)
    await initTransaction(req)
    try {
      const lines = await item.run()
      await commitTransaction(req)
      for (const [key, id] of item.madeIds) this.known.set(key, id)
      return lines
    } catch (error) {
      await killTransaction(req)
      const reason = describeError(error)
      return group.members.map((member) => ({ sourceId: member.sourceId, outcome: 'error', reason, collection: group.collection }))
    }
  }

  private async exists(group: PlannedGroup): Promise<boolean> {
    if (!group.itemId) return false
    const { totalDocs } = await this.payload.count({ collection: group.collection, where: { id: { equals: group.itemId } }, overrideAccess: true })
    return totalDocs > 0
  }

  entry(member: PlannedMember): SourceEntry {
    return this.spool.read(member.ref)
  }

  knownId(key: string): Id | undefined {
    return this.known.get(key)
  }

  get config() {
    return this.plan
  }

  get payloadInstance() {
    return this.payload
  }
}

/** The work of one item inside its transaction. */
class ItemWrite {
  readonly madeIds = new Map<string, Id>()
  private readonly lines: ReportLine[] = []

  constructor(
    private readonly writer: ImportWriter,
    private readonly req: PayloadRequest,
    private readonly group: PlannedGroup,
  ) {}

  private get payload() {
    return this.writer.payloadInstance
  }

  private get plan() {
    return this.writer.config
  }

  async run(): Promise<ReportLine[]> {
    const entries = this.group.members.map((member) => ({ member, entry: this.writer.entry(member) }))
    const itemId = await this.existingItem()
    const outcome = itemId === undefined ? 'create' : 'update'
    let id: Id
    if (this.group.collection === collectionSlugs.media) id = await this.writeMedia(entries, itemId)
    else id = await this.writeItem(entries, itemId)
    await this.recordAll(entries.map(({ member }) => member), id)
    return [
      ...entries.map(({ member }) => ({ sourceId: member.sourceId, outcome, collection: this.group.collection, locales: [member.locale] }) satisfies ReportLine),
      ...this.lines,
    ]
  }

  private note(sourceId: string, reason: string) {
    this.lines.push({ sourceId, outcome: 'warning', reason })
  }

  private async existingItem(): Promise<Id | undefined> {
    if (!this.group.itemId) return undefined
    const { docs } = await this.payload.find({
      collection: this.group.collection,
      where: { id: { equals: this.group.itemId } },
      draft: true,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req: this.req,
      select: {},
    })
    return docs[0]?.id
  }

  // Media ----------------------------------------------------------------------------------------------------------

  private async writeMedia(entries: { member: PlannedMember; entry: SourceEntry }[], itemId: Id | undefined): Promise<Id> {
    let id = itemId
    for (const { member, entry } of entries) {
      const fileName = entry.attachment?.file ?? entry.attachment?.url ?? entry.sourceId
      const data: Data = {
        alt: truncate(entry.attachment?.alt || entry.title || baseName(fileName), textLimits.title),
        caption: entry.excerpt ? truncate(plain(entry.excerpt), textLimits.title) : undefined,
      }
      if (id === undefined) {
        const file = await attachmentFile(entry, this.plan)
        id = (await this.payload.create({ collection: collectionSlugs.media, data: data as never, filePath: file, locale: member.locale, depth: 0, req: this.req })).id
      } else {
        await this.payload.update({ collection: collectionSlugs.media, id, data: data as never, locale: member.locale, depth: 0, req: this.req })
      }
    }
    return id!
  }

  /** The media id of an attachment, by source id: made by this import earlier (committed) or by an earlier run. */
  private async mediaId(sourceId: string): Promise<Id | undefined> {
    const known = this.writer.knownId(`media:${sourceId}`)
    if (known !== undefined) return known
    const record = await this.findRecord(sourceId)
    if (!record || record.collection !== collectionSlugs.media) return undefined
    this.madeIds.set(`media:${sourceId}`, record.item)
    return record.item
  }

  // Articles and pages ---------------------------------------------------------------------------------------------

  private async writeItem(entries: { member: PlannedMember; entry: SourceEntry }[], itemId: Id | undefined): Promise<Id> {
    const collection = this.group.collection as typeof collectionSlugs.articles | typeof collectionSlugs.pages
    const shared = await this.sharedFields(entries)
    if (itemId === undefined && collection === collectionSlugs.articles) return this.createArticle(entries, shared)
    let id = itemId
    let layoutRowId: string | undefined
    for (const { member, entry } of entries) {
      const localized = await this.localizedValues(collection, member, entry, id, layoutRowId)
      const draft = !member.published
      const data = { ...(id === undefined ? shared : {}), ...localized, _status: draft ? 'draft' : 'published' }
      if (id === undefined) {
        id = ((await this.payload.create({ collection, data: data as never, locale: member.locale, draft, depth: 0, req: this.req, ...onlyId(draft) })) as { id: Id }).id
      } else {
        await this.payload.update({ collection, id, data: (member === entries[0].member ? { ...shared, ...data } : data) as never, locale: member.locale, draft, depth: 0, req: this.req, ...onlyId(draft) })
      }
      if (collection === collectionSlugs.pages && !layoutRowId) layoutRowId = await this.layoutRow(id)
    }
    await this.redirects(collection, id!, entries.map(({ member }) => member))
    return id!
  }

  /**
   * A new article in every language of its source at once (`createInLocales`: the same validation and hooks as one
   * save per language, one write). Pages keep one save per language: their layout rows are matched across languages
   * by the row id the first save made.
   */
  private async createArticle(entries: { member: PlannedMember; entry: SourceEntry }[], shared: Data): Promise<Id> {
    const locales: LocaleContent[] = []
    for (const { member, entry } of entries) {
      const data = await this.localizedValues(collectionSlugs.articles, member, entry, undefined)
      locales.push({ locale: member.locale, data, publish: member.published })
    }
    const id = await createInLocales(this.payload, this.req, { collection: collectionSlugs.articles, shared, locales })
    await this.redirects(collectionSlugs.articles, id, entries.map(({ member }) => member))
    return id
  }

  /** One entry's values in its language: title, a free slug, summary and the body (a page's layout row). */
  private async localizedValues(
    collection: typeof collectionSlugs.articles | typeof collectionSlugs.pages,
    member: PlannedMember,
    entry: SourceEntry,
    id: Id | undefined,
    layoutRowId?: string,
  ): Promise<Data> {
    const body = await this.body(member, entry)
    const title = truncate(entry.title, textLimits.title)
    const slug = await this.freeSlug(collection, entry, member.locale, id)
    const summary = truncate(plain(entry.excerpt ?? '') || firstWords(body.text), textLimits.summary)
    if (collection === collectionSlugs.pages) {
      return { title, slug, summary, layout: [{ blockType: 'richText', content: body.lexical, ...(layoutRowId ? { id: layoutRowId } : {}) }] }
    }
    return { title, slug, summary: summary || entry.title, body: body.lexical, ...(entry.author ? { source: truncate(entry.author, textLimits.title) } : {}) }
  }

  /** The fields every locale shares: the earliest date, the topics and the cover of all translations. */
  private async sharedFields(entries: { member: PlannedMember; entry: SourceEntry }[]): Promise<Data> {
    const dates = entries.map(({ entry }) => entry.publishedAt).filter((date): date is string => Boolean(date)).sort()
    const topics = new Set<Id>()
    for (const { member, entry } of entries) for (const term of entry.terms) topics.add(await this.topic(term, member.locale))
    let cover: Id | undefined
    for (const { member, entry } of entries) {
      if (!entry.featuredImage || cover !== undefined) continue
      cover = await this.mediaId(entry.featuredImage)
      if (cover === undefined) this.note(member.sourceId, `its featured image ${entry.featuredImage} was not imported`)
    }
    if (this.group.collection === collectionSlugs.pages) return {}
    return { ...(dates[0] ? { publishedAt: dates[0] } : {}), topics: [...topics], ...(cover !== undefined ? { cover } : {}) }
  }

  private async body(member: PlannedMember, entry: SourceEntry) {
    const parsed = parseWordPressHtml(entry.html)
    const images = new Map<string, Id | undefined>()
    const imageKey = (image: ImageReference) => `${image.attachmentId ?? ''} ${image.src}`
    for (const image of imageReferences(parsed)) {
      const sourceId = image.attachmentId ? `post:${image.attachmentId}` : this.attachmentOfUrl(image.src)
      images.set(imageKey(image), sourceId ? await this.mediaId(sourceId) : undefined)
    }
    const siteUrl = this.plan.siteUrl
    const lexical = htmlToLexical(parsed, {
      imageId: (image) => images.get(imageKey(image)),
      localLink: siteUrl ? (href) => localLink(href, siteUrl) : undefined,
    })
    for (const note of parsed.notes) this.note(member.sourceId, note)
    return { lexical, text: lexicalText(lexical.root) }
  }

  private attachmentOfUrl(src: string): string | undefined {
    return this.plan.attachmentsByUrl[src] ?? this.plan.attachmentsByUrl[withoutSizeSuffix(src)]
  }

  private async layoutRow(id: Id): Promise<string | undefined> {
    const doc = (await this.payload.findByID({ collection: collectionSlugs.pages, id, draft: true, depth: 0, locale: defaultLocale, req: this.req, overrideAccess: true })) as { layout?: { id?: string }[] }
    return doc.layout?.[0]?.id ?? undefined
  }

  /**
   * The source's slug (WordPress's `post_name`), normalised the way the slug field does, and made unique in the locale
   * with a `-2`, `-3` suffix when another item already has it (duplicate slugs across WordPress post types, or an
   * item an editor made). Without a source slug, the field generates one from the title.
   */
  private async freeSlug(collection: string, entry: SourceEntry, locale: LocaleCode, ownId: Id | undefined): Promise<string | undefined> {
    const base = entry.slug ? localizedSlug(entry.slug, locale) : ''
    if (!base) return undefined
    for (let suffix = 1; ; suffix++) {
      const candidate = suffix === 1 ? base : suffixedSlug(base, suffix, locale)
      // Drafts count too (the slug field checks them): a draft read, as the slug field's own uniqueness check does.
      const { docs } = await this.payload.find({
        collection: collection as typeof collectionSlugs.articles,
        where: { and: [{ slug: { equals: candidate } }, ...(ownId === undefined ? [] : [{ id: { not_equals: ownId } }])] },
        locale,
        draft: true,
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true,
        req: this.req,
        select: {},
      })
      if (docs.length === 0) {
        if (suffix > 1) this.note(entry.sourceId, `slug "${base}" is taken in ${locale}: "${candidate}" used`)
        return candidate
      }
    }
  }

  // Topics, redirects, records -------------------------------------------------------------------------------------

  /** The topic of a category or tag: one per Polylang term group (its translations), else one per taxonomy and slug. */
  private async topic(term: SourceTerm, locale: LocaleCode): Promise<Id> {
    const info = this.plan.terms[`${term.taxonomy}:${term.slug}`]
    const key = `term:${info?.group ?? `${term.taxonomy}:${term.slug}`}`
    const termLocale = info?.locale ?? locale
    const name = truncate(plain(info?.name ?? term.name) || term.slug, textLimits.title)
    let id = this.madeIds.get(key) ?? this.writer.knownId(key)
    if (id === undefined) {
      const record = await this.findRecord(key)
      id = record?.collection === collectionSlugs.topics ? record.item : undefined
    }
    if (id === undefined) {
      id = (await this.payload.create({ collection: collectionSlugs.topics, data: { name }, locale: termLocale, depth: 0, req: this.req })).id
      await this.upsertRecord(key, collectionSlugs.topics, id, termLocale, '')
    } else if (!this.madeIds.has(`${key}@${termLocale}`) && this.writer.knownId(`${key}@${termLocale}`) === undefined) {
      const existing = (await this.payload.findByID({ collection: collectionSlugs.topics, id, locale: termLocale, fallbackLocale: false, depth: 0, req: this.req, overrideAccess: true })) as { name?: string }
      if (!existing.name) await this.payload.update({ collection: collectionSlugs.topics, id, data: { name }, locale: termLocale, depth: 0, req: this.req })
    }
    this.madeIds.set(key, id)
    // Named in this locale now: later items with the same term need not look again.
    this.madeIds.set(`${key}@${termLocale}`, id)
    return id
  }

  /** Each entry's old address to the item in the entry's locale: one query for them all, new ones in one INSERT. */
  private async redirects(collection: string, item: Id, members: PlannedMember[]) {
    const wanted = members.filter((member) => member.oldPath)
    if (wanted.length === 0) return
    const { docs } = await this.payload.find({
      collection: collectionSlugs.redirects,
      where: { fromPath: { in: wanted.map((member) => member.oldPath!) } },
      limit: 0,
      pagination: false,
      depth: 0,
      req: this.req,
      overrideAccess: true,
    })
    const existing = new Map(docs.map((doc) => [doc.fromPath, doc]))
    const now = new Date().toISOString()
    const created: Data[] = []
    for (const member of wanted) {
      const data = { collection, item: String(item), locale: member.locale, fromPath: member.oldPath! }
      const found = existing.get(data.fromPath)
      // Old addresses come from the export's permalinks, normalised by oldAddress.ts; nothing else needs checking.
      if (!found) created.push({ ...data, createdAt: now, updatedAt: now })
      else if (found.item !== data.item || found.locale !== data.locale || found.collection !== collection) {
        await this.payload.update({ collection: collectionSlugs.redirects, id: found.id, data, depth: 0, req: this.req })
      }
    }
    await insertRows(this.req, collectionSlugs.redirects, created)
  }

  private async findRecord(sourceId: string) {
    const { docs } = await this.payload.find({
      collection: collectionSlugs.importRecords,
      where: { and: [{ system: { equals: this.plan.system } }, { sourceId: { equals: sourceId } }] },
      limit: 1,
      pagination: false,
      depth: 0,
      req: this.req,
      overrideAccess: true,
    })
    return docs[0] ? { id: docs[0].id, collection: docs[0].collection, item: recordItemId(docs[0].item), signature: docs[0].signature } : undefined
  }

  /**
   * Where every entry of the item went, read and written together: one query for the item's records, one INSERT for
   * the new ones. Only the importer writes these rows, from values it made, so they go to the database adapter.
   */
  private async recordAll(members: PlannedMember[], item: Id) {
    const { system } = this.plan
    const { docs } = await this.payload.db.find<{ id: Id; sourceId: string }>({
      collection: collectionSlugs.importRecords,
      where: { and: [{ system: { equals: system } }, { sourceId: { in: members.map((member) => member.sourceId) } }] },
      limit: 0,
      pagination: false,
      req: this.req,
    })
    const existing = new Map(docs.map((doc) => [doc.sourceId, doc.id]))
    const now = new Date().toISOString()
    const created: Data[] = []
    for (const member of members) {
      const data = { system, sourceId: member.sourceId, collection: this.group.collection, item: String(item), locale: member.locale, signature: member.signature }
      const id = existing.get(member.sourceId)
      if (id === undefined) created.push({ ...data, createdAt: now, updatedAt: now })
      else await this.payload.db.updateOne({ collection: collectionSlugs.importRecords, id, data: { ...data, updatedAt: now }, req: this.req, returning: false })
      if (this.group.collection === collectionSlugs.media) this.madeIds.set(`media:${member.sourceId}`, item)
    }
    await insertRows(this.req, collectionSlugs.importRecords, created)
  }

  private async upsertRecord(sourceId: string, collection: string, item: Id, locale: LocaleCode, signature: string) {
    const existing = await this.findRecord(sourceId)
    const data = { system: this.plan.system, sourceId, collection, item: String(item), locale, signature }
    if (existing) await this.payload.update({ collection: collectionSlugs.importRecords, id: existing.id, data, depth: 0, req: this.req })
    else await this.payload.create({ collection: collectionSlugs.importRecords, data, depth: 0, req: this.req })
  }
}

/**
 * A publishing save returns only the id, as the benchmark's ingest asks (the saved document is not read and converted
 * again). A draft save returns the whole document: the publication hook tells a draft save from a publish by the
 * returned `_status`, and without it reads the main document, whose status is the item's public one.
 */
function onlyId(draft: boolean) {
  return draft ? {} : { select: { id: true } as never }
}

/** Ids are numbers on SQLite and strings on MongoDB; records keep them as text. */
function recordItemId(text: string): Id {
  return /^\d+$/.test(text) ? Number(text) : text
}

/** A link to a page of the old site becomes a site path, which the imported redirects then answer. */
function localLink(href: string, siteUrl: string): string | undefined {
  try {
    const url = new URL(href)
    const site = new URL(siteUrl)
    if (url.host !== site.host || !/^https?:$/.test(url.protocol) || url.pathname.startsWith('/wp-content/')) return undefined
    const path = `${url.pathname}${url.hash}`
    // Lexical keeps relative links of plain characters only; anything else stays an absolute address.
    return /^\/[\w\-./]*(#[\w-]+)?$/.test(path) ? path : undefined
  } catch {
    return undefined
  }
}

function lexicalText(node: Data): string {
  if (typeof node.text === 'string') return node.text
  const children = Array.isArray(node.children) ? (node.children as Data[]) : []
  return children.map(lexicalText).join(node.type === 'root' ? '\n' : ' ')
}

/** The text of an HTML fragment (an excerpt, a term name), entities decoded, markup gone. */
function plain(html: string): string {
  return lexicalText(htmlToLexical(parseWordPressHtml(html), { imageId: () => undefined }).root).replace(/\s+/g, ' ').trim()
}

function firstWords(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trim()}…`
}

function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file
}

/** A reason a person can act on, from Payload's validation errors or any other failure. */
function describeError(error: unknown): string {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  if (data?.errors?.length) return data.errors.map((one) => (one.path ? `${one.path}: ${one.message}` : String(one.message))).join('; ')
  return error instanceof Error ? error.message : String(error)
}
