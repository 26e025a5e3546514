import fs from 'node:fs'
import path from 'node:path'

import type { Field } from 'payload'

import { collectionConfig } from '../collections'
import { namedFields, type NamedField } from '../fields/namedFields'
import { pureValidators } from '../fields/validators'
import { isKnownCountryCode } from '../fields/countryName'
import { collectionSlugs } from '../collectionSlugs'
import { defaultLocale, isLocaleCode } from '../locales'
import type { Corpus } from './corpus'

/** File extensions accepted for each MIME type an upload field may filter on. */
const extensionsByMimeType: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'video/mp4': ['.mp4'],
  'video/webm': ['.webm'],
  'text/vtt': ['.vtt'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  'image/avif': ['.avif'],
}

interface Context {
  corpus: Corpus
  file: string
  problems: string[]
  keys: Map<string, Set<string>>
}

/**
 * Checks the whole corpus against the collections' field definitions before anything is written: unknown and
 * missing fields, value types, select options, locale codes, references to other items and files. Returns every
 * problem as `file: field.path: message`; an empty list means the corpus can be imported.
 */
export function validateCorpus(corpus: Corpus): string[] {
  const problems: string[] = []
  const keys = new Map<string, Set<string>>()
  const register = (collection: string, key: string, file: string) => {
    const set = keys.get(collection) ?? new Set<string>()
    if (set.has(key)) problems.push(`${file}: "${key}" is defined twice in ${collection}`)
    set.add(key)
    keys.set(collection, set)
  }
  for (const code of corpus.countries) {
    if (!isKnownCountryCode(code)) problems.push(`countries.yaml: "${code}" is not an ISO 3166-1 alpha-2 code`)
    register(collectionSlugs.countries, code, 'countries.yaml')
  }
  for (const item of [...corpus.topics, ...corpus.media, ...corpus.items]) register(item.collection, item.key, item.file)

  for (const item of [...corpus.topics, ...corpus.media, ...corpus.items]) {
    const context: Context = { corpus, file: item.file, problems, keys }
    const prefix = item.file.endsWith(`${item.key}.yaml`) ? [] : [item.key]
    if (item.collection === collectionSlugs.media) checkFileExists(context, 'media', item.key, prefix)
    validateFields(context, collectionConfig(item.collection).fields, item.data, prefix, false)
  }
  return problems
}

function validateFields(context: Context, fields: Field[], data: unknown, at: string[], insideLocalized: boolean) {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report(context, at, 'expected a mapping of field names to values')
    return
  }
  const record = data as Record<string, unknown>
  const named = namedFields(fields)
  const known = new Set(named.map((field) => field.name))
  for (const key of Object.keys(record)) {
    if (!known.has(key) && key !== 'blockType' && key !== 'id') report(context, [...at, key], 'unknown field')
  }
  for (const field of named) validateField(context, field, record[field.name], [...at, field.name], record, insideLocalized)
}

function validateField(
  context: Context,
  field: NamedField,
  value: unknown,
  at: string[],
  siblingData: Record<string, unknown>,
  insideLocalized: boolean,
) {
  const required = 'required' in field && field.required === true
  if ('localized' in field && field.localized && !insideLocalized) {
    if (value === undefined || value === null) {
      if (required) report(context, at, `is required (a map of locale to value, with "${defaultLocale}")`)
      return
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      report(context, at, `is translatable: give a map of locale codes to values, e.g. { ${defaultLocale}: … }`)
      return
    }
    const translations = value as Record<string, unknown>
    for (const [locale, translated] of Object.entries(translations)) {
      if (!isLocaleCode(locale)) report(context, [...at, locale], 'unknown locale code')
      else validateField(context, field, translated, [...at, locale], siblingData, true)
    }
    if (required && translations[defaultLocale] === undefined) {
      report(context, at, `is required in the default locale "${defaultLocale}"`)
    }
    return
  }
  if (value === undefined || value === null) {
    if (required) report(context, at, 'is required')
    return
  }
  if ('validate' in field && pureValidators.has(field.validate)) {
    const result = (field.validate as (value: unknown, options: unknown) => unknown)(value, { siblingData, data: siblingData })
    if (typeof result === 'string') report(context, at, result)
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'richText':
      if (typeof value !== 'string') report(context, at, 'expected text')
      else if (field.type === 'email' && !/^[^\s@]+@[^\s@]+$/.test(value)) report(context, at, 'is not an e-mail address')
      else if ('maxLength' in field && field.maxLength && value.length > field.maxLength) {
        report(context, at, `is longer than ${field.maxLength} characters`)
      }
      return
    case 'number':
      if (typeof value !== 'number' || Number.isNaN(value)) report(context, at, 'expected a number')
      else if (field.min !== undefined && value < field.min) report(context, at, `must be at least ${field.min}`)
      else if (field.max !== undefined && value > field.max) report(context, at, `must be at most ${field.max}`)
      return
    case 'date':
      if ((typeof value !== 'string' && !(value instanceof Date)) || Number.isNaN(new Date(value as string).getTime())) {
        report(context, at, 'expected an ISO 8601 date such as 2025-05-20')
      }
      return
    case 'select': {
      const allowed = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      for (const choice of field.hasMany ? asList(context, value, at) : [value]) {
        if (!allowed.includes(choice as string)) report(context, at, `"${String(choice)}" is not one of: ${allowed.join(', ')}`)
      }
      return
    }
    case 'relationship':
    case 'upload': {
      const references = field.hasMany ? asList(context, value, at) : [value]
      for (const reference of references) validateReference(context, field, reference, at)
      return
    }
    case 'group':
      validateFields(context, field.fields, value, at, insideLocalized)
      return
    case 'array':
      asList(context, value, at).forEach((row, index) => validateFields(context, field.fields, row, [...at, String(index)], insideLocalized))
      return
    case 'blocks':
      asList(context, value, at).forEach((row, index) => {
        const blockType = (row as { blockType?: string } | null)?.blockType
        const block = field.blocks.find((candidate) => candidate.slug === blockType)
        if (!block) {
          report(context, [...at, String(index), 'blockType'], `expected one of: ${field.blocks.map((b) => b.slug).join(', ')}`)
          return
        }
        validateFields(context, block.fields, row, [...at, String(index)], insideLocalized)
      })
      return
    default:
      return
  }
}

function validateReference(
  context: Context,
  field: Extract<NamedField, { type: 'relationship' | 'upload' }>,
  reference: unknown,
  at: string[],
) {
  if (typeof reference !== 'string' || reference === '') {
    report(context, at, 'expected a key or file name')
    return
  }
  if (Array.isArray(field.relationTo)) {
    const [collection, key] = reference.split('/')
    if (!key || !field.relationTo.some((slug) => slug === collection)) {
      report(context, at, `"${reference}" should be "<collection>/<key>" with a collection among ${field.relationTo.join(', ')}`)
    } else if (!context.keys.get(collection)?.has(key)) report(context, at, `"${reference}" does not exist in the corpus`)
    return
  }
  const target = field.relationTo as string
  if (target === collectionSlugs.files) {
    checkFileExists(context, 'files', reference, at)
    const filter = field.filterOptions as { mimeType?: { equals?: string; in?: string[] } } | undefined
    const mimeTypes = filter?.mimeType?.in ?? (filter?.mimeType?.equals ? [filter.mimeType.equals] : [])
    const extensions = mimeTypes.flatMap((mimeType) => extensionsByMimeType[mimeType] ?? [])
    if (extensions.length > 0 && !extensions.includes(path.extname(reference).toLowerCase())) {
      report(context, at, `"${reference}" must be a ${extensions.join(' or ')} file`)
    }
    return
  }
  if (!context.keys.get(target)?.has(reference)) {
    const where = target === collectionSlugs.media ? 'media/media.yaml' : target
    report(context, at, `"${reference}" is not defined in ${where}`)
  }
}

function checkFileExists(context: Context, folder: string, name: string, at: string[]) {
  if (name.includes('/') || name.includes('\\') || !fs.existsSync(path.join(context.corpus.root, folder, name))) {
    report(context, at, `file ${folder}/${name} does not exist`)
  }
}

function asList(context: Context, value: unknown, at: string[]): unknown[] {
  if (Array.isArray(value)) return value
  report(context, at, 'expected a list')
  return []
}

function report(context: Context, at: string[], message: string) {
  context.problems.push(`${context.file}: ${at.length > 0 ? at.join('.') : '(item)'}: ${message}`)
}
