import type { Endpoint, Payload, PayloadRequest, TypedUser } from 'payload'

import { translatesLocale } from '../../access/translatesLocale'
import { collectionFields } from '../../fields/collectionFields'
import { fieldValues } from '../../fields/fieldValues'
import { editorialCollections, isEditorialCollection, type EditorialCollectionSlug } from '../../collectionSlugs'
import { defaultLocale, isLocaleCode, type LocaleCode } from '../../locales'
import { hasText } from '../plainText'
import { translatableFields, valueAtPath } from '../translatableFields'
import { ExchangeRequestError, exportXliff, type ExchangeItem } from './exportXliff'
import { importXliff, type ImportOptions } from './importXliff'
import type { XliffVersion } from './model'
import { readUploadedText } from './readUpload'

export interface SelectItemsArgs {
  payload: Payload
  user: TypedUser
  locale: LocaleCode
  /** Only this collection, when the request names one. */
  collection?: EditorialCollectionSlug
}

export interface TranslationExchangeOptions {
  /**
   * The items an export without `ids` contains: "everything still to translate for this locale". The default picks
   * items with a field whose translation is empty; the translation workflow can pass its own (missing or outdated).
   */
  selectItems?: (args: SelectItemsArgs) => Promise<ExchangeItem[]>
  /** Passed to every import (e.g. to record translation state in the same transaction). */
  onDocumentImported?: ImportOptions['onDocumentImported']
}

/** Largest accepted upload: an exchange file of a few hundred articles stays well under it. */
export const maxImportMegabytes = 20
const maxImportBytes = maxImportMegabytes * 1024 * 1024

const json = (status: number, body: unknown) => Response.json(body, { status })

/**
 * `GET /api/translation-exchange/export?locale=zh&version=2.0|1.2[&collection=articles][&ids=1,2]` downloads an
 * XLIFF file; `POST /api/translation-exchange/import?locale=zh` (raw XML body, or multipart with a `file` field)
 * imports one as drafts and answers with a report. Editors and admins may exchange any target locale,
 * translators and reviewers their assigned locales.
 */
export function translationExchangeEndpoints(options: TranslationExchangeOptions = {}): Endpoint[] {
  const selectItems = options.selectItems ?? itemsLackingTranslation
  return [
    {
      path: '/translation-exchange/export',
      method: 'get',
      handler: async (req) => {
        const denied = refuse(req)
        if (denied) return denied
        const params = req.searchParams
        const locale = params.get('locale') as LocaleCode
        const version = (params.get('version') ?? '2.0') as XliffVersion
        if (version !== '2.0' && version !== '1.2') return json(400, { error: 'version must be 2.0 or 1.2.' })
        const requested = params.get('collection') ?? undefined
        const collection = requested && isEditorialCollection(requested) ? requested : undefined
        if (requested && !collection) return json(400, { error: `"${requested}" is not a collection with translations.` })
        const ids = (params.get('ids') ?? '').split(',').map((id) => id.trim()).filter(Boolean)
        if (ids.length > 0 && !collection) return json(400, { error: 'ids need a collection.' })
        const user = req.user as TypedUser
        const items =
          ids.length > 0
            ? ids.map((id) => ({ collection: collection!, id }))
            : await selectItems({ payload: req.payload, user, locale, collection })
        try {
          const xml = await exportXliff({ payload: req.payload, user, locale, version, items })
          const name = `concord-${requested ?? 'all'}-${defaultLocale}-${locale}-xliff${version}.xlf`
          return new Response(xml, {
            headers: {
              'Content-Type': 'application/xliff+xml; charset=utf-8',
              'Content-Disposition': `attachment; filename="${name}"`,
              'Cache-Control': 'no-store',
            },
          })
        } catch (error) {
          if (error instanceof ExchangeRequestError) return json(400, { error: error.message })
          const status = (error as { status?: number }).status
          if (status === 404 || status === 403) return json(status, { error: (error as Error).message })
          throw error
        }
      },
    },
    {
      path: '/translation-exchange/import',
      method: 'post',
      handler: async (req) => {
        const denied = refuse(req)
        if (denied) return denied
        // Bounded before and while reading; the parser then bounds the nesting (see xml.ts).
        const upload = await readUploadedText(req, maxImportBytes)
        if (upload.kind === 'too-large') {
          return json(413, { error: `The file is larger than ${maxImportMegabytes} MB, the most one import accepts. Split it into several files.` })
        }
        if (upload.kind === 'missing') return json(400, { error: 'Send the XLIFF file as the request body or as a "file" form field.' })
        const report = await importXliff({
          payload: req.payload,
          user: req.user as TypedUser,
          locale: req.searchParams.get('locale') as LocaleCode,
          xml: upload.text,
          onDocumentImported: options.onDocumentImported,
        })
        return json(report.ok ? 200 : 422, report)
      },
    },
  ]
}

/** The refusal for a request that may not exchange the requested locale, or undefined when it may. */
function refuse(req: PayloadRequest): Response | undefined {
  if (!req.user) return json(401, { error: 'Sign in to exchange translations.' })
  const locale = req.searchParams.get('locale')
  if (!isLocaleCode(locale) || locale === defaultLocale) {
    return json(400, { error: 'locale must be a target language (not the source language).' })
  }
  if (!translatesLocale(req.user, locale)) return json(403, { error: `You are not assigned to translate ${locale}.` })
  return undefined
}

/** Default selection: items with at least one field that has source text but no translation in `locale`. */
export async function itemsLackingTranslation({ payload, user, locale, collection }: SelectItemsArgs): Promise<ExchangeItem[]> {
  const items: ExchangeItem[] = []
  for (const slug of collection ? [collection] : editorialCollections) {
    const read = (readLocale: LocaleCode) =>
      payload.find({
        collection: slug,
        locale: readLocale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user,
      })
    const [source, target] = await Promise.all([read(defaultLocale), read(locale)])
    const targets = new Map(target.docs.map((doc) => [doc.id, doc]))
    const fields = collectionFields(payload, slug)
    for (const doc of source.docs) {
      const translation = targets.get(doc.id)
      const lacking = translatableFields(fields, fieldValues(doc)).some((entry) => !hasText(valueAtPath(translation, entry.path)))
      if (lacking) items.push({ collection: slug, id: doc.id })
    }
  }
  return items
}
