import type { Payload, TypedUser } from 'payload'

import { collectionConfig } from '../../collections'
import { defaultLocale, getLocale, type LocaleCode } from '../../locales'
import { hasContent, translatableCollections, translatableValues, type TranslatableKind } from '../translatableFields'
import { fieldUnit } from './fieldUnits'
import type { ExchangeDocument, ExchangeFile, ExchangeUnit, XliffVersion } from './model'
import { writeXliff12 } from './xliff12'
import { writeXliff20 } from './xliff20'

export interface ExchangeItem {
  collection: string
  id: number | string
}

export interface ExportOptions {
  payload: Payload
  /** Reads run with this user's access (drafts are visible to staff). */
  user: TypedUser
  locale: LocaleCode
  version: XliffVersion
  items: ExchangeItem[]
}

export class ExchangeRequestError extends Error {}

/** The exchange model of the given items: one file per item, one unit per localized field with text in it. */
export async function buildExchangeDocument({
  payload,
  user,
  locale,
  items,
}: Omit<ExportOptions, 'version'>): Promise<{ document: ExchangeDocument; kinds: WeakMap<ExchangeUnit, TranslatableKind> }> {
  if (locale === defaultLocale) throw new ExchangeRequestError(`${locale} is the source language; choose a target language.`)
  const files: ExchangeFile[] = []
  const kinds = new WeakMap<ExchangeUnit, TranslatableKind>()
  for (const item of items) {
    if (!translatableCollections.includes(item.collection)) {
      throw new ExchangeRequestError(`"${item.collection}" is not a collection with translations.`)
    }
    const read = (readLocale: string) =>
      payload.findByID({
        collection: item.collection as never,
        id: item.id,
        locale: readLocale as never,
        fallbackLocale: false as never,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user,
      }) as Promise<Record<string, unknown>>
    const [source, target] = await Promise.all([read(defaultLocale), read(locale)])
    const fields = collectionConfig(item.collection).fields
    const targetValues = new Map(translatableValues(fields, target).map((entry) => [entry.path, entry.value]))
    const units = translatableValues(fields, source)
      .filter((entry) => hasContent(entry.kind, entry.value))
      .map((entry) => {
        const { unit, kind } = fieldUnit(entry.path, entry.kind, entry.value, targetValues.get(entry.path))
        kinds.set(unit, kind)
        return unit
      })
    files.push({ collection: item.collection, documentId: String(item.id), units })
  }
  const document: ExchangeDocument = {
    version: '2.0',
    sourceLanguage: getLocale(defaultLocale).tag,
    targetLanguage: getLocale(locale).tag,
    files,
  }
  return { document, kinds }
}

/** Writes the given items as an XLIFF 2.0 or 1.2 file for a translation agency. */
export async function exportXliff(options: ExportOptions): Promise<string> {
  const { document, kinds } = await buildExchangeDocument(options)
  if (options.version === '1.2') {
    return writeXliff12({ ...document, version: '1.2' }, (unit) => (kinds.get(unit) === 'richText' ? 'group' : 'single'))
  }
  return writeXliff20(document)
}
