import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Field } from 'payload'

import { collectionConfig } from '../collections'
import { namedFields } from '../fields/namedFields'
import { localeCodes } from '../locales'
import type { ExportedItem } from '../../publishing/format/exportFormat'
import { sanitizeRichTextHtml } from '../fields/sanitizeHtml'

/**
 * One document (read with `locale: 'all'`, depth 0) in the shape the site reads: localized fields as locale maps,
 * rich text as sanitized HTML, and the locales it has text in. Used for the published export and for previews.
 */
export function exportDocument(collection: string, doc: Record<string, unknown>): ExportedItem {
  const config = collectionConfig(collection)
  const mainField = ['title', 'name', 'alt'].find((name) => namedFields(config.fields).some((field) => field.name === name))
  const main = mainField ? (doc[mainField] as Record<string, unknown> | undefined) : undefined
  return {
    id: doc.id as number | string,
    updatedAt: String(doc.updatedAt),
    locales: main && typeof main === 'object' ? localeCodes.filter((code) => hasValue(main[code])) : localeCodes,
    data: {
      ...exportFields(config.fields, doc),
      ...(config.upload ? uploadData(doc) : {}),
    },
  }
}

/** Field values in the export shape: localized fields as locale maps, rich text as sanitized HTML. */
export function exportFields(fields: Field[], doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of namedFields(fields)) {
    const value = doc[field.name]
    if (value === undefined) continue
    if (field.type === 'richText') {
      out[field.name] = mapLocalized(field.localized, value, richTextToHtml)
    } else if (field.type === 'group') {
      out[field.name] = value && exportFields(field.fields, value as Record<string, unknown>)
    } else if (field.type === 'array' || field.type === 'blocks') {
      out[field.name] = ((value as Record<string, unknown>[] | null) ?? []).map((row) => {
        const rowFields =
          field.type === 'blocks' ? field.blocks.find((block) => block.slug === row.blockType)?.fields ?? [] : field.fields
        return { ...(row.blockType ? { blockType: row.blockType } : {}), id: row.id, ...exportFields(rowFields, row) }
      })
    } else {
      out[field.name] = value
    }
  }
  return out
}

function mapLocalized(localized: boolean | undefined, value: unknown, convert: (one: unknown) => unknown) {
  if (!localized) return convert(value)
  return Object.fromEntries(Object.entries((value ?? {}) as Record<string, unknown>).map(([code, one]) => [code, convert(one)]))
}

function richTextToHtml(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null
  return sanitizeRichTextHtml(convertLexicalToHTML({ data: value as SerializedEditorState, disableContainer: true }))
}

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

function uploadData(doc: Record<string, unknown>) {
  const { filename, mimeType, filesize, width, height, focalX, focalY } = doc
  return { filename, mimeType, filesize, width, height, focalX, focalY }
}
