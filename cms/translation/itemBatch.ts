import type { PayloadRequest } from 'payload'

import { collectionSlugs, type EditorialCollectionSlug } from '../collectionSlugs'
import { insertRows } from '../database/insertRows'
import type { LocaleCode } from '../locales'
import type { LocalePublication, TranslationState } from './types'

type Doc = Record<string, unknown>
type Row = { id: number | string; locale: LocaleCode }

/**
 * The workflow's bookkeeping of one item while several of its locales are saved in one go (an import or the
 * benchmark writing every translation of a new item at once, `createInLocales.ts`). The same hooks decide the same
 * translation states and publications as for one save per locale, but their reads are answered from here and their
 * writes land here; `flush` then writes each changed row once and brings the main document to its public state once,
 * where one save per locale rewrites every earlier locale's publication and the main document each time.
 *
 * Rows made here carry a placeholder id until they are written; nothing outside the batch sees them.
 */
export class ItemBatch {
  private states?: Rows<TranslationState>
  private publications?: Rows<LocalePublication>
  private syncPending = false

  constructor(
    readonly collection: EditorialCollectionSlug,
    readonly id: number | string,
    /** A locale's working copy as a read of that locale would return it at this point of the saves. */
    readonly workingCopy: (locale: LocaleCode) => Doc | undefined,
  ) {}

  async findStates(load: () => Promise<TranslationState[]>): Promise<TranslationState[]> {
    this.states ??= new Rows(await load())
    return this.states.all()
  }

  async findPublications(load: () => Promise<LocalePublication[]>): Promise<LocalePublication[]> {
    this.publications ??= new Rows(await load())
    return this.publications.all()
  }

  createState(state: Omit<TranslationState, 'id'>): TranslationState {
    return readFirst(this.states).put({ ...state, id: placeholderId(state.locale) } as TranslationState)
  }

  updateState(state: TranslationState): TranslationState {
    return readFirst(this.states).put(state)
  }

  savePublication(publication: Omit<LocalePublication, 'id'>): void {
    const rows = readFirst(this.publications)
    rows.put({ ...publication, id: rows.idOf(publication.locale) ?? placeholderId(publication.locale) } as LocalePublication)
  }

  deletePublications(locale?: LocaleCode): void {
    readFirst(this.publications).remove(locale)
  }

  requestSync(): void {
    this.syncPending = true
  }

  /** Writes every row made or changed, once; true when the main document must be brought to its public state. */
  async flush(req: PayloadRequest): Promise<boolean> {
    const db = req.payload.db
    const now = new Date().toISOString()
    const targets = [
      [collectionSlugs.translations, this.states],
      [collectionSlugs.localePublications, this.publications],
    ] as const
    for (const [collection, rows] of targets) {
      if (!rows) continue
      for (const id of rows.removedIds) await db.deleteOne({ collection, where: { id: { equals: id } }, req, returning: false })
      const created: Doc[] = []
      for (const row of rows.changed()) {
        const { id, ...data } = row as unknown as Row & Doc
        if (isPlaceholder(id)) created.push({ ...data, createdAt: now, updatedAt: data.updatedAt ?? now })
        else await db.updateOne({ collection, id, data, req, returning: false })
      }
      await insertRows(req, collection, created)
    }
    return this.syncPending
  }
}

/** Every hook reads an item's rows before it writes them; a write first would have no rows to merge with. */
function readFirst<T extends Row>(rows: Rows<T> | undefined): Rows<T> {
  if (!rows) throw new Error("An item's workflow rows were written in a batch before they were read.")
  return rows
}

/** An item's rows of one workflow collection, one per locale, with what changed since they were read. */
class Rows<T extends Row> {
  private readonly byLocale: Map<LocaleCode, T>
  private readonly changedLocales = new Set<LocaleCode>()
  readonly removedIds: (number | string)[] = []

  constructor(rows: T[]) {
    this.byLocale = new Map(rows.map((row) => [row.locale, row]))
  }

  all(): T[] {
    return [...this.byLocale.values()]
  }

  idOf(locale: LocaleCode) {
    return this.byLocale.get(locale)?.id
  }

  put(row: T): T {
    this.byLocale.set(row.locale, row)
    this.changedLocales.add(row.locale)
    return row
  }

  remove(locale?: LocaleCode) {
    for (const row of this.all()) {
      if (locale && row.locale !== locale) continue
      if (!isPlaceholder(row.id)) this.removedIds.push(row.id)
      this.byLocale.delete(row.locale)
      this.changedLocales.delete(row.locale)
    }
  }

  changed(): T[] {
    return [...this.changedLocales].flatMap((locale) => this.byLocale.get(locale) ?? [])
  }
}

const placeholderPrefix = 'batched:'
const placeholderId = (locale: LocaleCode) => `${placeholderPrefix}${locale}`
const isPlaceholder = (id: unknown) => typeof id === 'string' && id.startsWith(placeholderPrefix)

const batchesOfRequest = new WeakMap<PayloadRequest, Map<string, ItemBatch>>()
const batchKey = (collection: string, id: number | string) => `${collection}:${String(id)}`

/** The batch collecting this item's bookkeeping in this request, if one is open. */
export function itemBatch(req: PayloadRequest, collection: string, id: number | string): ItemBatch | undefined {
  return batchesOfRequest.get(req)?.get(batchKey(collection, id))
}

/**
 * Runs `work` (the hooks of several locale saves of one item) with the item's bookkeeping collected in a batch, then
 * writes it. `syncMainDocument` is the public-document step, run once at the end when any hook asked for it.
 */
export async function withItemBatch<T>(
  req: PayloadRequest,
  batch: ItemBatch,
  work: () => Promise<T>,
  syncMainDocument: () => Promise<void>,
): Promise<T> {
  let batches = batchesOfRequest.get(req)
  if (!batches) batchesOfRequest.set(req, (batches = new Map()))
  const key = batchKey(batch.collection, batch.id)
  batches.set(key, batch)
  let result: T
  try {
    result = await work()
  } finally {
    batches.delete(key)
  }
  if (await batch.flush(req)) await syncMainDocument()
  return result
}
