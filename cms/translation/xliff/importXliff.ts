import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import { collectionFields } from '../../fields/collectionFields'
import { fieldValues } from '../../fields/fieldValues'
import { isEditorialCollection, type EditorialCollectionSlug } from '../../collectionSlugs'
import { defaultLocale, getLocale, type LocaleCode } from '../../locales'
import { workingCopyQuery } from '../store'
import { setValueAtPath } from '../translatableFields'
import { itemUnits, markupProblems, translatedValue, type FieldUnit } from './fieldUnits'
import { InlineMarkupError } from './lexicalSegments'
import type { ExchangeFile, ExchangeProblem, ExchangeUnit, InlineContent } from './model'
import { parseXliff } from './parseXliff'

export interface ImportedDocument {
  collection: EditorialCollectionSlug
  id: number | string
  /** Paths of the fields written. */
  fields: string[]
}

export type ImportReport = { ok: true; documents: ImportedDocument[] } | { ok: false; problems: ExchangeProblem[] }

export interface ImportOptions {
  payload: Payload
  /** Writes run with this user's access: a translator can only save drafts of their own locales. */
  user: TypedUser
  locale: LocaleCode
  xml: string
  /**
   * Called inside the import's transaction after each document is saved (e.g. to record translation state), with
   * the request that carries the transaction.
   */
  onDocumentImported?: (args: ImportedDocument & { locale: LocaleCode; req: PayloadRequest }) => Promise<void>
}

/** A document's writes, prepared while validating and carried out only when the whole file is valid. */
interface PlannedWrite {
  collection: EditorialCollectionSlug
  id: number | string
  fields: { path: string; value: unknown }[]
}

/**
 * Imports a returned exchange file as drafts of `locale`. Everything is checked first — XML, version, languages,
 * document and unit ids, the source hash of every unit, and the inline markup of every segment — and nothing is
 * written unless the whole file is valid; the writes then happen in one transaction.
 */
export async function importXliff(options: ImportOptions): Promise<ImportReport> {
  const { payload, user, locale, xml } = options
  const parsed = parseXliff(xml)
  if (!parsed.document) return { ok: false, problems: parsed.problems }
  const { document } = parsed
  const problems = [...parsed.problems]

  problems.push(...languageProblems(document.sourceLanguage, defaultLocale, 'source'))
  problems.push(...languageProblems(document.targetLanguage, locale, 'target'))
  if (locale === defaultLocale) problems.push({ reason: `${locale} is the source language; translations cannot be imported into it.` })

  const plans: PlannedWrite[] = []
  const seenDocuments = new Set<string>()
  for (const file of document.files) {
    const key = `${file.collection}/${file.documentId}`
    if (seenDocuments.has(key)) {
      problems.push({ document: key, reason: 'The document appears twice in the file.' })
      continue
    }
    seenDocuments.add(key)
    const plan = await planDocument(payload, user, locale, file, problems)
    if (plan && plan.fields.length > 0) plans.push(plan)
  }
  if (problems.length > 0) return { ok: false, problems }

  return writePlans(options, plans)
}

function languageProblems(declared: string, expected: LocaleCode, which: 'source' | 'target'): ExchangeProblem[] {
  const { code, tag, englishLabel } = getLocale(expected)
  if (!declared) return [{ reason: `The file declares no ${which} language; expected ${tag} (${englishLabel}).` }]
  const matches = [code, tag].some((candidate) => candidate.toLowerCase() === declared.toLowerCase())
  if (matches) return []
  return [{ reason: `The file's ${which} language is "${declared}", but this import expects ${tag} (${englishLabel}).` }]
}

function documentId(payload: Payload, id: string): number | string {
  return payload.db.defaultIDType === 'number' && /^\d+$/.test(id) ? Number(id) : id
}

async function planDocument(
  payload: Payload,
  user: TypedUser,
  locale: LocaleCode,
  file: ExchangeFile,
  problems: ExchangeProblem[],
): Promise<PlannedWrite | undefined> {
  const key = `${file.collection}/${file.documentId}`
  const collection = file.collection
  if (!isEditorialCollection(collection)) {
    problems.push({ document: key, reason: `"${collection}" is not a collection with translations.` })
    return undefined
  }
  const id = documentId(payload, file.documentId)
  let source: Record<string, unknown>
  try {
    source = fieldValues(
      await payload.findByID({
        collection,
        id,
        locale: defaultLocale,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user,
      }),
    )
  } catch {
    problems.push({ document: key, reason: `There is no ${collection} document with id ${file.documentId}.` })
    return undefined
  }

  const current = new Map(itemUnits(collectionFields(payload, collection), source).map((unit) => [unit.unit.id, unit]))
  const plan: PlannedWrite = { collection, id, fields: [] }
  const seenUnits = new Set<string>()
  for (const unit of file.units) {
    const at = (reason: string, segment?: string): ExchangeProblem => ({ document: key, unit: unit.id, segment, reason })
    const known = current.get(unit.id)
    if (!known) {
      problems.push(at('Unknown unit: the document has no translatable field with this id.'))
      continue
    }
    if (seenUnits.has(unit.id)) {
      problems.push(at('The unit appears twice.'))
      continue
    }
    seenUnits.add(unit.id)
    if (!unit.sourceHash) {
      problems.push(at('The unit has lost its concord:sourceHash attribute; export the item again.'))
      continue
    }
    if (unit.sourceHash !== known.unit.sourceHash) {
      problems.push(at('The source text has changed since the file was exported; export the item again.'))
      continue
    }
    const targets = unitTargets(unit, known, (reason, segment) => problems.push(at(reason, segment)))
    if (!targets) continue
    try {
      plan.fields.push({ path: unit.id, value: translatedValue(known, known.sourceValue, targets, getLocale(locale).dir) })
    } catch (error) {
      if (!(error instanceof InlineMarkupError)) throw error
      problems.push(at(`Inline markup: ${error.message}.`))
    }
  }
  return plan
}

/**
 * The translated segments of a unit in source order, or undefined when it has no translation at all. Reports
 * unknown or missing segments and markup that differs from the source.
 */
function unitTargets(
  unit: ExchangeUnit,
  source: FieldUnit,
  problem: (reason: string, segment?: string) => void,
): InlineContent[] | undefined {
  const fileSegments = new Map<string, InlineContent | undefined>()
  for (const segment of unit.segments) {
    if (!source.unit.segments.some((candidate) => candidate.id === segment.id)) {
      problem('Unknown segment id.', segment.id)
    } else if (fileSegments.has(segment.id)) {
      problem('The segment appears twice.', segment.id)
    } else {
      fileSegments.set(segment.id, segment.target)
    }
  }
  const translated = source.unit.segments.filter((segment) => fileSegments.get(segment.id) !== undefined)
  if (translated.length === 0) return undefined
  const targets: InlineContent[] = []
  let valid = true
  for (const segment of source.unit.segments) {
    const target = fileSegments.get(segment.id)
    if (target === undefined) {
      problem('The segment has no translation; a field is imported whole.', segment.id)
      valid = false
      continue
    }
    for (const reason of markupProblems(segment.source, target)) {
      problem(`Inline markup: ${reason}.`, segment.id)
      valid = false
    }
    targets.push(target)
  }
  return valid ? targets : undefined
}

async function writePlans(options: ImportOptions, plans: PlannedWrite[]): Promise<ImportReport> {
  const { payload, user, locale } = options
  const req = await createLocalReq({ user, locale }, payload)
  await initTransaction(req)
  try {
    const documents: ImportedDocument[] = []
    for (const plan of plans) {
      const current = fieldValues(
        await payload.findByID({ ...workingCopyQuery(plan.collection, plan.id, locale), overrideAccess: false, user, req }),
      )
      // Whole top-level values are sent, so groups and the rows of arrays and blocks keep their other fields.
      const data: Record<string, unknown> = {}
      for (const { path, value } of plan.fields) {
        const topLevel = path.split('.')[0]
        if (!(topLevel in data)) data[topLevel] = structuredClone(current[topLevel] ?? null)
        setValueAtPath(data, path, value)
      }
      await payload.update({
        collection: plan.collection,
        id: plan.id,
        locale,
        draft: true,
        data: { ...data, _status: 'draft' },
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
      const imported = { collection: plan.collection, id: plan.id, fields: plan.fields.map((field) => field.path) }
      await options.onDocumentImported?.({ ...imported, locale, req })
      documents.push(imported)
    }
    await commitTransaction(req)
    return { ok: true, documents }
  } catch (error) {
    await killTransaction(req)
    return { ok: false, problems: [{ reason: `Nothing was imported: ${(error as Error).message}` }] }
  }
}
