import {
  afterReadTraverseFields,
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  saveVersion,
  ValidationError,
  type Field,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import type { EditorialCollectionSlug } from '../collectionSlugs'
import { defaultLocale, type LocaleCode } from '../locales'
import { inTransaction } from '../database/inTransaction'
import { namedFields } from '../fields/namedFields'
import { ItemBatch, withItemBatch } from './itemBatch'
import { syncPublicDocument } from './publicDocument'
import { preservingRequest } from './store'

type Doc = Record<string, unknown>
type Id = number | string

export interface LocaleContent {
  locale: LocaleCode
  /** The locale's values (the shared fields are given once, in `shared`). */
  data: Doc
  /** Published in this locale, or kept as a draft of it. */
  publish: boolean
}

export interface NewItem {
  collection: EditorialCollectionSlug
  /** The values every locale shares (dates, topics, cover). */
  shared: Doc
  /** In the order an editor would save them: the source locale first. */
  locales: LocaleContent[]
}

/**
 * Creates a new item in several locales with one write, for imports and the benchmark's ingest. An editor's way —
 * one save per locale — makes Payload rewrite every earlier locale and add a version each time, and the workflow
 * rewrite every earlier publication: six locales cost six times one, and more.
 *
 * Payload has no operation that writes several locales at once, so this runs the steps of its create operation
 * (payload/dist/collections/operations/create.js) once per locale on the data only — the collection's
 * `beforeOperation`, field `beforeValidate`, collection `beforeValidate` and `beforeChange` hooks and the field
 * validation and `beforeChange` hooks, each locale merged into the others exactly as Payload merges a save of one
 * locale — then writes the document and its version once and runs each locale's `afterChange` hooks, whose
 * bookkeeping is collected in an item batch and written once (itemBatch.ts). tests/int/createInLocales.test.ts shows
 * it leaves the same rows as one save per locale. Any refusal throws and, in the request's transaction, nothing of the
 * item is written.
 *
 * For collections without uploads, auth, field-level `afterChange` hooks or collection `afterRead` hooks (every
 * editorial collection today); anything else is refused rather than half-handled.
 */
export async function createInLocales(payload: Payload, req: PayloadRequest, item: NewItem): Promise<Id> {
  const collection = payload.collections[item.collection].config
  assertSupported(collection)
  if (item.locales.length === 0) throw new Error('An item needs at least one locale.')
  return inTransaction(req, () => preservingRequest(req, () => write(payload, req, collection, item)))
}

async function write(payload: Payload, req: PayloadRequest, collection: SanitizedCollectionConfig, item: NewItem): Promise<Id> {
  const sharedKeys = Object.keys(item.shared)
  let withLocales: Doc = {}
  /** Each locale's data as validated, in order. */
  const saved: Doc[] = []
  for (const { locale, data: own, publish } of item.locales) {
    req.locale = locale
    req.fallbackLocale = null
    // After the first locale, the shared values are the document's own, as for a save of an existing item: relations
    // already checked are not looked up again.
    const previous = saved.length === 0 ? {} : pick(saved[0], sharedKeys)
    const data = await validatedLocale(req, collection, { ...item.shared, ...own, _status: publish ? 'published' : 'draft' }, withLocales, previous)
    saved.push(data)
    withLocales = data
  }
  // What one save per locale leaves in the main document and the latest version: creating writes the first locale to
  // the main document; a publishing save writes every locale saved so far (Payload merges the latest version, drafts
  // included); a draft save writes only a version. The latest version holds every locale, as the last save left it.
  const inMain = new Set<LocaleCode>()
  for (const [index, { publish }] of item.locales.entries()) {
    if (index === 0 || publish) for (const one of item.locales.slice(0, index + 1)) inMain.add(one.locale)
  }
  const anyPublished = item.locales.some((one) => one.publish)
  const mainData = { ...withOnlyLocales(collection.fields, withLocales, inMain), _status: anyPublished ? 'published' : 'draft' }
  const created = await payload.db.create({ collection: collection.slug, data: mainData, req })
  const id = created.id as Id
  const lastPublished = item.locales.at(-1)!.publish
  // The version as stored is the working copy every locale's read would return (with every field, empty ones too).
  const working = await saveVersion({
    id,
    collection,
    docWithLocales: { ...withLocales, id, createdAt: created.createdAt, updatedAt: created.updatedAt, _status: lastPublished ? 'published' : 'draft' },
    draft: !lastPublished,
    operation: 'create',
    payload,
    req,
  })

  // Each locale's hooks see the item as one save per locale would have left it by then: the locales saved so far.
  const workingCopies = new Map<LocaleCode, Doc>()
  for (const { locale, publish } of item.locales) {
    // A publishing save reads its working copy back from the main document it has just written (same time stamp).
    const view = await localeView(req, collection, working, locale)
    workingCopies.set(locale, publish ? { ...view, updatedAt: created.updatedAt } : view)
  }
  const notYetSaved = await localeView(req, collection, withOnlyLocales(collection.fields, working, new Set()), defaultLocale)
  const savedSoFar = new Set<LocaleCode>()
  const batch = new ItemBatch(item.collection, id, (locale) => (savedSoFar.has(locale) ? workingCopies.get(locale) : notYetSaved))
  await withItemBatch(
    req,
    batch,
    async () => {
      for (const [index, { locale, publish }] of item.locales.entries()) {
        req.locale = locale
        savedSoFar.add(locale)
        const doc = { ...workingCopies.get(locale)!, id, _status: publish ? 'published' : 'draft' }
        for (const hook of collection.hooks.afterChange ?? []) {
          await hook({
            collection,
            context: req.context,
            data: saved[index],
            doc,
            // As one save per locale would see it: nothing of this locale before, the shared fields after the first.
            previousDoc: index === 0 ? {} : { ...pick(doc, sharedKeys), id },
            operation: index === 0 ? 'create' : 'update',
            req,
          })
        }
      }
    },
    () => syncPublicDocument(req, item.collection, id),
  )
  return id
}

/** One locale's save up to the write: its hooks and validation, merged with the locales already saved. */
async function validatedLocale(req: PayloadRequest, collection: SanitizedCollectionConfig, incoming: Doc, withLocales: Doc, previous: Doc): Promise<Doc> {
  let data = incoming
  for (const hook of collection.hooks.beforeOperation ?? []) {
    const args = (await hook({ args: { collection: { config: collection }, data, req, overrideAccess: true }, collection, context: req.context, operation: 'create', overrideAccess: true, req } as never)) as { data?: Doc } | undefined
    data = args?.data ?? data
  }
  const traversal = { collection, context: req.context, global: null, operation: 'create', overrideAccess: true, parentIndexPath: '', parentIsLocalized: false, parentPath: '', parentSchemaPath: '', req } as const
  await beforeValidateTraverseFields({ ...traversal, data, doc: previous, fields: collection.fields, siblingData: data, siblingDoc: previous } as never)
  for (const hook of collection.hooks.beforeValidate ?? []) {
    data = (await hook({ collection, context: req.context, data, operation: 'create', originalDoc: undefined, req })) || data
  }
  for (const hook of collection.hooks.beforeChange ?? []) {
    data = (await hook({ collection, context: req.context, data, operation: 'create', originalDoc: undefined, req })) || data
  }
  const result = structuredClone(data)
  const errors: { message: string; path: string }[] = []
  const mergeLocaleActions: (() => Promise<void> | void)[] = []
  await beforeChangeTraverseFields({
    ...traversal,
    data: result,
    doc: previous,
    docWithLocales: withLocales,
    errors,
    fieldLabelPath: '',
    fields: collection.fields,
    mergeLocaleActions,
    siblingData: result,
    siblingDoc: previous,
    siblingDocWithLocales: withLocales,
    skipValidation: false,
  } as never)
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  for (const action of mergeLocaleActions) await action()
  return result
}

/** The document in one locale, as a read of that locale's working copy returns it (no fallback, nothing populated). */
async function localeView(req: PayloadRequest, collection: SanitizedCollectionConfig, doc: Doc, locale: LocaleCode): Promise<Doc> {
  // Only this locale's values are copied (Payload's read hooks change the document they are given).
  const view = structuredClone(withOnlyLocales(collection.fields, doc, new Set([locale])))
  const fieldPromises: Promise<void>[] = []
  const populationPromises: Promise<void>[] = []
  afterReadTraverseFields({
    collection,
    context: req.context,
    currentDepth: 1,
    depth: 0,
    doc: view,
    draft: true,
    fallbackLocale: null,
    fieldDepth: 0,
    fieldPromises,
    fields: collection.fields,
    findMany: false,
    flattenLocales: true,
    global: null,
    locale,
    overrideAccess: true,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    populationPromises,
    req,
    showHiddenFields: false,
    siblingDoc: view,
  } as never)
  while (fieldPromises.length > 0 || populationPromises.length > 0) {
    await Promise.all(fieldPromises.splice(0))
    await Promise.all(populationPromises.splice(0))
  }
  return view
}

/** A document with all its locales, keeping only the values of some locales in its localized fields. */
function withOnlyLocales(fields: Field[], doc: Doc, keep: Set<LocaleCode>): Doc {
  const out: Doc = { ...doc }
  for (const field of namedFields(fields)) {
    const value = doc[field.name]
    if (!value || typeof value !== 'object') continue
    if ('localized' in field && field.localized) {
      out[field.name] = Object.fromEntries(Object.entries(value).filter(([locale]) => keep.has(locale as LocaleCode)))
    } else if (field.type === 'group') {
      out[field.name] = withOnlyLocales(field.fields, value as Doc, keep)
    } else if (field.type === 'array' && Array.isArray(value)) {
      out[field.name] = value.map((row: Doc) => withOnlyLocales(field.fields, row, keep))
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      out[field.name] = value.map((row: Doc) => {
        const block = field.blocks.find((one) => typeof one !== 'string' && one.slug === row.blockType)
        return block && typeof block !== 'string' ? withOnlyLocales(block.fields, row, keep) : row
      })
    }
  }
  return out
}

function assertSupported(collection: SanitizedCollectionConfig) {
  if (collection.upload || collection.auth || hasAfterChangeFieldHooks(collection.fields) || (collection.hooks.afterRead?.length ?? 0) > 0) {
    throw new Error(`${collection.slug} cannot be created in several locales at once: it needs Payload's own create operation.`)
  }
}

function hasAfterChangeFieldHooks(fields: Field[]): boolean {
  return fields.some((field) => {
    if ('hooks' in field && (field.hooks?.afterChange?.length ?? 0) > 0) return true
    if ('fields' in field && hasAfterChangeFieldHooks(field.fields)) return true
    if (field.type === 'tabs') return field.tabs.some((tab) => hasAfterChangeFieldHooks(tab.fields))
    if (field.type === 'blocks') return field.blocks.some((block) => typeof block !== 'string' && hasAfterChangeFieldHooks(block.fields))
    return false
  })
}

const pick = (doc: Doc, keys: string[]) => Object.fromEntries(keys.filter((key) => key in doc).map((key) => [key, doc[key]]))
