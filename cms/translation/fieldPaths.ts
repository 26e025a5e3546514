import type { Field } from 'payload'

import { namedFields } from '../fields/namedFields'

/** Localized fields that are generated from others, not translated. */
const derivedFieldNames = new Set(['slug'])

/** A field a translator writes: a localized text, textarea or rich text, addressed by its path. */
export interface TranslatableField {
  /** `title`, `seo.metaTitle`, `layout.<rowId>.content`, `layout.<rowId>.items.<rowId>.label`. */
  path: string
  kind: 'text' | 'richText'
  value: unknown
}

/**
 * The translatable fields of one locale's document (read with a single `locale`, no fallback), flattened to paths.
 * Rows of arrays and blocks are addressed by their id, so a path survives reordering. Empty values are left out.
 */
export function translatableFields(fields: Field[], doc: Record<string, unknown> | null | undefined): TranslatableField[] {
  const found: TranslatableField[] = []
  const walk = (levelFields: Field[], data: Record<string, unknown> | null | undefined, prefix: string, inLocalized: boolean) => {
    if (!data || typeof data !== 'object') return
    for (const field of namedFields(levelFields)) {
      const value = data[field.name]
      const path = `${prefix}${field.name}`
      const localized = inLocalized || ('localized' in field && Boolean(field.localized))
      if (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') {
        if (!localized || derivedFieldNames.has(field.name) || value === null || value === undefined || value === '') continue
        found.push({ path, kind: field.type === 'richText' ? 'richText' : 'text', value })
      } else if (field.type === 'group') {
        walk(field.fields, value as Record<string, unknown>, `${path}.`, localized)
      } else if (field.type === 'array' || field.type === 'blocks') {
        for (const row of (Array.isArray(value) ? value : []) as Record<string, unknown>[]) {
          const rowFields =
            field.type === 'blocks' ? (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? []) : field.fields
          walk(rowFields, row, `${path}.${String(row.id)}.`, localized)
        }
      }
    }
  }
  walk(fields, doc, '', false)
  return found
}

/** `translatableFields` as a map from path to value. */
export function translatableValues(fields: Field[], doc: Record<string, unknown> | null | undefined): Map<string, unknown> {
  return new Map(translatableFields(fields, doc).map((field) => [field.path, field.value]))
}

/** Reads a value by a translatable path; array and block rows are looked up by id. */
export function valueAtPath(doc: unknown, path: string): unknown {
  let current: unknown = doc
  for (const segment of path.split('.')) {
    if (Array.isArray(current)) current = current.find((row) => String((row as { id?: unknown }).id) === segment)
    else if (current && typeof current === 'object') current = (current as Record<string, unknown>)[segment]
    else return undefined
  }
  return current
}

/** Writes a value at a translatable path into a document copy; false when a row or group on the way is missing. */
export function setValueAtPath(doc: Record<string, unknown>, path: string, value: unknown): boolean {
  const segments = path.split('.')
  let current: unknown = doc
  for (const segment of segments.slice(0, -1)) {
    if (Array.isArray(current)) current = current.find((row) => String((row as { id?: unknown }).id) === segment)
    else if (current && typeof current === 'object') {
      const container = current as Record<string, unknown>
      container[segment] ??= {}
      current = container[segment]
    } else return false
    if (!current) return false
  }
  if (!current || typeof current !== 'object' || Array.isArray(current)) return false
  ;(current as Record<string, unknown>)[segments.at(-1)!] = value
  return true
}
