/**
 * Which parts of a document a translator translates: every localized text, textarea and rich text field, found
 * through groups, tabs, rows, and the rows of arrays and blocks shared by all locales. Paths name array and block
 * rows by their id (`layout.65f0….content`), which every locale shares, so a path means the same field in the
 * source and in the translation even after rows are reordered.
 */
import type { Field } from 'payload'

import { editorialCollections } from '../collections/slugs'
import { lexicalToSegments, type LexicalRoot } from './xliff/lexicalSegments'

/** Editorial collections: drafts, per-locale text, the translation workflow. */
export const translatableCollections: readonly string[] = editorialCollections

export type TranslatableKind = 'text' | 'richText'

export interface TranslatableValue {
  /** Dotted path with row ids for array and block rows. */
  path: string
  /** Dotted path with row indexes, as the admin form names the field. */
  formPath: string
  kind: TranslatableKind
  field: Field & { name: string }
  value: unknown
}

type Data = Record<string, unknown> | null | undefined

/**
 * Localized fields a translator works on, with their values in `data` (a document read in one locale, depth 0).
 * Slugs are left out: they are generated from the translated title and are URL parts, not prose.
 */
export function translatableValues(fields: Field[], data: Data): TranslatableValue[] {
  return walk(fields, data, '', '')
}

function walk(fields: Field[], data: Data, path: string, formPath: string): TranslatableValue[] {
  return fields.flatMap((field): TranslatableValue[] => {
    if (field.type === 'row' || field.type === 'collapsible') return walk(field.fields, data, path, formPath)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? walk(tab.fields, data?.[tab.name] as Data, `${path}${tab.name}.`, `${formPath}${tab.name}.`)
          : walk(tab.fields, data, path, formPath),
      )
    }
    if (field.type === 'ui' || !('name' in field)) return []
    const value = data?.[field.name]
    const here = { path: `${path}${field.name}`, formPath: `${formPath}${field.name}`, field, value }
    if ('localized' in field && field.localized) {
      if (field.name === 'slug') return []
      if ((field.type === 'text' || field.type === 'textarea') && !('hasMany' in field && field.hasMany)) {
        return [{ ...here, kind: 'text' }]
      }
      if (field.type === 'richText') return [{ ...here, kind: 'richText' }]
      return []
    }
    if (field.type === 'group') return walk(field.fields, value as Data, `${here.path}.`, `${here.formPath}.`)
    if (field.type === 'array' || field.type === 'blocks') {
      const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : []
      return rows.flatMap((row, index) => {
        const rowFields =
          field.type === 'array'
            ? field.fields
            : (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? [])
        return walk(rowFields, row, `${here.path}.${String(row.id)}.`, `${here.formPath}.${index}.`)
      })
    }
    return []
  })
}

/** The value at a path made by `translatableValues` (row ids select array and block rows). */
export function valueAtPath(data: unknown, path: string): unknown {
  let current = data
  for (const part of path.split('.')) {
    if (Array.isArray(current)) current = current.find((row) => String((row as { id?: unknown })?.id) === part)
    else current = (current as Record<string, unknown> | null | undefined)?.[part]
    if (current === undefined || current === null) return current
  }
  return current
}

/** Sets the value at a path in place; returns false when a group or row on the way does not exist. */
export function setValueAtPath(data: Record<string, unknown>, path: string, value: unknown): boolean {
  const parts = path.split('.')
  let current: unknown = data
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(current)) current = current.find((row) => String((row as { id?: unknown })?.id) === part)
    else {
      const parent = current as Record<string, unknown>
      if (parent[part] === undefined || parent[part] === null) parent[part] = {}
      current = parent[part]
    }
    if (!current || typeof current !== 'object') return false
  }
  ;(current as Record<string, unknown>)[parts.at(-1)!] = value
  return true
}

/** True when a value holds something to translate (a non-blank string, or rich text with text in it). */
export function hasContent(kind: TranslatableKind, value: unknown): boolean {
  if (kind === 'text') return typeof value === 'string' && value.trim() !== ''
  const root = (value as Partial<LexicalRoot> | null | undefined)?.root
  return Boolean(root?.children) && lexicalToSegments(value as LexicalRoot).segments.length > 0
}
