import type { Field } from 'payload'

import { managesAllContent } from '../access/roles'
import { namedFields } from '../fields/namedFields'
import { defaultLocale, type LocaleCode } from '../locales'

type Doc = Record<string, unknown>

/**
 * Who publishes the fields every language shares (dates, images, topics, relations, choices): an editor or admin
 * publishing the source language — or any language of an item that has nothing public yet — and server code acting
 * on their behalf (the seed, scheduled publishing). Publishing a translation never publishes someone's unapproved
 * change to a shared field: it keeps the shared values that are live.
 */
export function publishesSharedFields(user: unknown, locale: LocaleCode, hasPublicSharedFields: boolean): boolean {
  if (!user) return true
  if (!managesAllContent(user)) return false
  return locale === defaultLocale || !hasPublicSharedFields
}

/**
 * One locale's document with its shared fields taken from `shared`: localized values (at any depth, rows matched by
 * id) come from `own`, everything else from `shared`. Rows of shared arrays and blocks are `shared`'s rows.
 */
export function withSharedFieldsOf(fields: Field[], own: Doc | undefined, shared: Doc | undefined): Doc {
  const out: Doc = {}
  for (const field of namedFields(fields)) {
    const name = field.name
    if ('localized' in field && field.localized) {
      if (own && name in own) out[name] = own[name]
      continue
    }
    if (!shared || !(name in shared)) continue
    const value = shared[name]
    if (field.type === 'group' && value && typeof value === 'object') {
      out[name] = withSharedFieldsOf(field.fields, own?.[name] as Doc | undefined, value as Doc)
    } else if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
      const ownRows = (own?.[name] as Doc[] | undefined) ?? []
      out[name] = (value as Doc[]).map((row) => {
        const rowFields = field.type === 'blocks' ? (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? []) : field.fields
        const ownRow = ownRows.find((one) => one.id === row.id)
        // Only the row's identity is copied as it is: its localized values must come from `own`, never from `shared`.
        const identity = Object.fromEntries(Object.entries(row).filter(([key]) => key === 'id' || key === 'blockType' || key === 'blockName'))
        return { ...identity, ...withSharedFieldsOf(rowFields, ownRow, row) }
      })
    } else {
      out[name] = value
    }
  }
  return out
}
