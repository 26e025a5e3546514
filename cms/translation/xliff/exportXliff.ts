import type { Payload, TypedUser } from 'payload'

import { collectionFields } from '../../fields/collectionFields'
import { fieldValues } from '../../fields/fieldValues'
import { isEditorialCollection } from '../../collectionSlugs'
import { defaultLocale, getLocale, type LocaleCode } from '../../locales'
import type { TranslatableKind } from '../translatableFields'
import { itemUnits } from './fieldUnits'
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
    const collection = item.collection
    if (!isEditorialCollection(collection)) {
      throw new ExchangeRequestError(`"${collection}" is not a collection with translations.`)
    }
    const read = async (readLocale: LocaleCode) =>
      fieldValues(
        await payload.findByID({
          collection,
          id: item.id,
          locale: readLocale,
          fallbackLocale: false,
          draft: true,
          depth: 0,
          overrideAccess: false,
          user,
        }),
      )
    const [source, target] = await Promise.all([read(defaultLocale), read(locale)])
    const units = itemUnits(collectionFields(payload, collection), source, target).map(({ unit, kind }) => {
      kinds.set(unit, kind)
      return unit
    })
    files.push({ collection, documentId: String(item.id), units })
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
