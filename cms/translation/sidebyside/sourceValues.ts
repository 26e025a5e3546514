import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { Endpoint, Payload, TypedUser } from 'payload'

import { collectionFields } from '../../fields/collectionFields'
import { fieldValues } from '../../fields/fieldValues'
import { editorialSlug, type EditorialCollectionSlug } from '../../collectionSlugs'
import { sanitizeRichTextHtml } from '../../fields/sanitizeHtml'
import { defaultLocale, getLocale, isLocaleCode, type LocaleCode } from '../../locales'
import { workingCopyQuery } from '../store'
import { translatableFields, type TranslatableKind } from '../translatableFields'

export interface SourceFieldValue {
  kind: TranslatableKind
  /** The raw value, copied into the translation by "Copy from source" (Lexical JSON for rich text). */
  value: unknown
  /** Plain text, for text fields. */
  text?: string
  /** Sanitized HTML, for rich text. */
  html?: string
}

export interface SourceValues {
  locale: { code: LocaleCode; tag: string; dir: 'ltr' | 'rtl'; englishLabel: string; label: string }
  /** By the admin form's field path (`title`, `seo.metaTitle`, `layout.0.content`). */
  fields: Record<string, SourceFieldValue>
}

function richTextHtml(value: unknown): string {
  if (!value || typeof value !== 'object') return ''
  return sanitizeRichTextHtml(convertLexicalToHTML({ data: value as SerializedEditorState, disableContainer: true }))
}

/**
 * The source-language values of every translatable field of a document, as the side-by-side panel shows them:
 * text as text, rich text as sanitized HTML. Reads the latest draft with the user's own access.
 */
export async function sourceValues({
  payload,
  user,
  collection,
  id,
  locale = defaultLocale,
}: {
  payload: Payload
  user: TypedUser | null
  collection: EditorialCollectionSlug
  id: number | string
  locale?: LocaleCode
}): Promise<SourceValues> {
  const doc = await payload.findByID({ ...workingCopyQuery(collection, id, locale), overrideAccess: false, user })
  const fields: Record<string, SourceFieldValue> = {}
  for (const entry of translatableFields(collectionFields(payload, collection), fieldValues(doc))) {
    fields[entry.formPath] =
      entry.kind === 'text'
        ? { kind: 'text', value: entry.value, text: String(entry.value) }
        : { kind: 'richText', value: entry.value, html: richTextHtml(entry.value) }
  }
  const { tag, dir, englishLabel, label } = getLocale(locale)
  return { locale: { code: locale, tag, dir, englishLabel, label }, fields }
}

/** `GET /api/<collection>/:id/source[?locale=en]`: the source values for the side-by-side panel, staff only. */
export const sourceValuesEndpoint: Endpoint = {
  path: '/:id/source',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Sign in to read the source.' }, { status: 401 })
    const locale = req.searchParams.get('locale') ?? defaultLocale
    if (!isLocaleCode(locale)) return Response.json({ error: `Unknown locale "${locale}".` }, { status: 400 })
    try {
      const collection = editorialSlug(String(req.routeParams?.collection))
      const values = await sourceValues({ payload: req.payload, user: req.user, collection, id: String(req.routeParams?.id), locale })
      return Response.json(values, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      if (status === 404 || status === 403) return Response.json({ error: (error as Error).message }, { status })
      throw error
    }
  },
}
