/**
 * Which parts of a document a translator translates: the one definition the translation workflow, XLIFF exchange
 * and side-by-side editing all use, so they cannot disagree.
 *
 * A field is translatable when it is a localized text, textarea (not `hasMany`) or rich text field, other than the
 * slug (generated from the title, a URL part rather than prose). Fields are found through groups, tabs, rows,
 * collapsibles and the rows of arrays and blocks shared by all locales. Inside a localized group or named tab the
 * whole value is per locale, so its texts are translatable too; a localized array or blocks field has rows of its
 * own in each locale, with no source row to translate from, so its texts are not.
 *
 * Paths name array and block rows by their id (`layout.65f0….content`), which every locale shares, so a path means
 * the same field in the source and in the translation even after rows are reordered.
 */
import type { Field } from 'payload'

import type { NamedField } from '../fields/namedFields'
import { hasText } from './plainText'

export type TranslatableKind = 'text' | 'richText'

export interface TranslatableField {
  /** Dotted path with row ids for array and block rows. */
  path: string
  /** Dotted path with row indexes, as the admin form names the field. */
  formPath: string
  kind: TranslatableKind
  field: NamedField
  value: unknown
}

type Data = Record<string, unknown> | null | undefined

interface Position {
  path: string
  formPath: string
  /** Inside a localized group or named tab. */
  localized: boolean
}

/**
 * The kind of a field a translator translates, or undefined for any other field.
 *
 * @example translatableKind({ name: 'body', type: 'richText', localized: true }) // 'richText'
 */
export function translatableKind(field: Field, insideLocalized = false): TranslatableKind | undefined {
  if (!('name' in field) || field.name === 'slug') return undefined
  if (!insideLocalized && !('localized' in field && field.localized)) return undefined
  if (field.type === 'richText') return 'richText'
  if (field.type === 'textarea' || (field.type === 'text' && !field.hasMany)) return 'text'
  return undefined
}

/**
 * The translatable fields of a document read in one locale (depth 0, no fallback) that hold text, in field order.
 * Blank values (empty strings, rich text without words) are left out: there is nothing in them to translate.
 */
export function translatableFields(fields: Field[], data: Data): TranslatableField[] {
  return walk(fields, data, { path: '', formPath: '', localized: false }).filter((entry) => hasText(entry.value))
}

/** `translatableFields` as a map from path to value. */
export function translatableValues(fields: Field[], data: Data): Map<string, unknown> {
  return new Map(translatableFields(fields, data).map((entry) => [entry.path, entry.value]))
}

function walk(fields: Field[], data: Data, at: Position): TranslatableField[] {
  return fields.flatMap((field): TranslatableField[] => {
    if (field.type === 'row' || field.type === 'collapsible') return walk(field.fields, data, at)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? walk(tab.fields, asData(data?.[tab.name]), within(at, tab.name, Boolean(tab.localized)))
          : walk(tab.fields, data, at),
      )
    }
    // An unnamed group only groups fields in the admin: its fields sit at this level.
    if (field.type === 'group' && !('name' in field && field.name)) return walk(field.fields, data, at)
    if (!('name' in field)) return []
    const value = data?.[field.name]
    const kind = translatableKind(field, at.localized)
    if (kind) return [{ path: `${at.path}${field.name}`, formPath: `${at.formPath}${field.name}`, kind, field, value }]
    const localized = at.localized || ('localized' in field && Boolean(field.localized))
    if (field.type === 'group') return walk(field.fields, asData(value), within(at, field.name, localized))
    if ((field.type === 'array' || field.type === 'blocks') && !localized) {
      const rows = (Array.isArray(value) ? value : []).filter((row): row is Record<string, unknown> => Boolean(row) && typeof row === 'object')
      return rows.flatMap((row, index) => {
        const rowFields =
          field.type === 'array' ? field.fields : (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? [])
        const rowAt = { path: `${at.path}${field.name}.${String(row.id)}.`, formPath: `${at.formPath}${field.name}.${index}.`, localized }
        return walk(rowFields, row, rowAt)
      })
    }
    return []
  })
}

function within(at: Position, name: string, localized: boolean): Position {
  return { path: `${at.path}${name}.`, formPath: `${at.formPath}${name}.`, localized: at.localized || localized }
}

function asData(value: unknown): Data {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

/** The value at a path made by `translatableFields` (row ids select array and block rows); undefined when absent. */
export function valueAtPath(data: unknown, path: string): unknown {
  let current = data
  for (const part of path.split('.')) {
    if (Array.isArray(current)) current = current.find((row) => String((row as { id?: unknown } | null)?.id) === part)
    else if (current && typeof current === 'object') current = (current as Record<string, unknown>)[part]
    else return undefined
  }
  return current
}

/**
 * Sets the value at a path made by `translatableFields`, in place, creating missing groups on the way; false when an
 * array or block row on the way does not exist.
 */
export function setValueAtPath(data: Record<string, unknown>, path: string, value: unknown): boolean {
  const parts = path.split('.')
  let current: unknown = data
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(current)) current = current.find((row) => String((row as { id?: unknown } | null)?.id) === part)
    else if (current && typeof current === 'object') {
      const parent = current as Record<string, unknown>
      parent[part] ??= {}
      current = parent[part]
    } else return false
    if (!current) return false
  }
  if (!current || typeof current !== 'object' || Array.isArray(current)) return false
  ;(current as Record<string, unknown>)[parts.at(-1)!] = value
  return true
}
