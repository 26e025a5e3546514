import type { CollectionAfterReadHook, Field } from 'payload'

import { namedFields } from '../fields/namedFields'
import { fallbackChain, isLocaleCode, localeCodes } from '../locales'
import { findPublications } from '../translation/store'

type Doc = Record<string, unknown>

/**
 * Anonymous API readers see each language's text as it was published, and nothing of unpublished translations.
 * Publishing one locale writes Payload's whole main document (every locale's working copy), so without this an
 * unfinished French draft would be readable once Chinese was published. The localized texts (titles, summaries,
 * rich text, slugs) are taken from the per-locale publications; a language that is not published falls back like a
 * missing translation. Shared fields, relations and uploads are left as Payload read them. Staff, and server code
 * reading with `overrideAccess`, see the working copy.
 */
export const showPublishedTranslations: CollectionAfterReadHook = async ({ doc, req, collection, overrideAccess }) => {
  if (req.user || overrideAccess !== false || !doc?.id) return doc
  const publications = await findPublications(req, collection.slug, doc.id)
  const byLocale = new Map(publications.map((publication) => [publication.locale, publication.data]))
  const published = localeCodes.filter((code) => byLocale.has(code))
  const locale = req.locale
  const fallback = Boolean(req.fallbackLocale) && !(Array.isArray(req.fallbackLocale) && req.fallbackLocale.length === 0)
  const pick =
    locale === 'all' || !isLocaleCode(locale)
      ? (values: Map<string, unknown>) => Object.fromEntries(published.map((code) => [code, values.get(code) ?? null]))
      : (values: Map<string, unknown>) =>
          (fallback ? fallbackChain(locale) : [locale]).map((code) => values.get(code)).find((value) => value !== undefined && value !== null && value !== '') ?? null
  overlay(collection.fields, doc, byLocale, pick)
  return doc
}

function overlay(fields: Field[], target: Doc, byLocale: Map<string, Doc | undefined>, pick: (values: Map<string, unknown>) => unknown) {
  for (const field of namedFields(fields)) {
    const name = field.name
    if (!(name in target)) continue
    const localized = 'localized' in field && Boolean(field.localized)
    if (localized && (field.type === 'text' || field.type === 'textarea' || field.type === 'richText')) {
      target[name] = pick(new Map([...byLocale].map(([code, data]) => [code, data?.[name]])))
    } else if (!localized && field.type === 'group' && target[name] && typeof target[name] === 'object') {
      overlay(field.fields, target[name] as Doc, child(byLocale, (data) => data?.[name] as Doc | undefined), pick)
    } else if (!localized && (field.type === 'array' || field.type === 'blocks') && Array.isArray(target[name])) {
      for (const row of target[name] as Doc[]) {
        const rowFields = field.type === 'blocks' ? (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? []) : field.fields
        const rowIn = (data: Doc | undefined) => ((data?.[name] as Doc[] | undefined) ?? []).find((one) => one.id === row.id)
        overlay(rowFields, row, child(byLocale, rowIn), pick)
      }
    }
  }
}

function child(byLocale: Map<string, Doc | undefined>, pickChild: (data: Doc | undefined) => Doc | undefined) {
  return new Map([...byLocale].map(([code, data]) => [code, pickChild(data)]))
}
