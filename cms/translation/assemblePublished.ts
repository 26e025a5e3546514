import type { Field } from 'payload'

import { namedFields } from '../fields/namedFields'

type Doc = Record<string, unknown>

/**
 * Puts an item back together from its per-locale publications, in the shape Payload returns for `locale: 'all'`:
 * localized fields become maps from each published locale to that locale's value; shared fields, and the rows of
 * shared arrays and blocks, come from `shared` (the most recent publication). A localized value inside a row is found
 * in each locale's publication by the row's id.
 */
export function assemblePublishedDocument(
  fields: Field[],
  byLocale: Map<string, Doc | undefined>,
  locales: string[],
  shared: Doc | undefined,
): Doc {
  const out: Doc = {}
  for (const field of namedFields(fields)) {
    const name = field.name
    if ('localized' in field && field.localized) {
      out[name] = Object.fromEntries(locales.map((code) => [code, byLocale.get(code)?.[name] ?? null]))
      continue
    }
    const value = shared?.[name]
    if (field.type === 'group') {
      if (value === undefined) continue
      out[name] = assemblePublishedDocument(field.fields, child(byLocale, (doc) => doc?.[name] as Doc), locales, value as Doc)
    } else if (field.type === 'array' || field.type === 'blocks') {
      out[name] = ((value as Doc[] | null | undefined) ?? []).map((row) => {
        const rowFields =
          field.type === 'blocks' ? (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? []) : field.fields
        const rowIn = (doc: Doc | undefined) => ((doc?.[name] as Doc[] | null | undefined) ?? []).find((one) => one.id === row.id)
        return { ...row, ...assemblePublishedDocument(rowFields, child(byLocale, rowIn), locales, row) }
      })
    } else if (value !== undefined) {
      out[name] = value
    }
  }
  return out
}

function child(byLocale: Map<string, Doc | undefined>, pick: (doc: Doc | undefined) => Doc | undefined) {
  return new Map([...byLocale].map(([code, doc]) => [code, pick(doc)]))
}
