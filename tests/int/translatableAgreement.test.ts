import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { collectionFields } from '../../cms/fields/collectionFields'
import { collectionSlugs, editorialCollections, type EditorialCollectionSlug } from '../../cms/collectionSlugs'
import type { LocaleCode } from '../../cms/locales'
import { sourceValues } from '../../cms/translation/sidebyside/sourceValues'
import type { TranslationState } from '../../cms/translation/types'
import { buildExchangeDocument } from '../../cms/translation/xliff/exportXliff'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { createUser } from '../helpers/users'

const ctx = usePayload()

/** ObjectID-shaped row ids, as the admin makes them: the test knows every path before it saves. */
let rowCount = 0
const newRowId = () => (++rowCount).toString(16).padStart(24, '0')

interface Filled {
  data: Record<string, unknown>
  /** Paths with row ids (the workflow's and XLIFF's), and with row indexes (the admin form's). */
  paths: string[]
  formPaths: string[]
}

/** Row ids in the order `fill` meets the rows: a second fill of the same fields reuses them. */
interface RowIds {
  list: string[]
  next: number
}

/**
 * One locale's data with text in every localized text, textarea and rich text field of a collection, found through
 * rows, collapsibles, tabs and groups, with one row in every array and one of every block type. Filling again with
 * the same `rowIds` gives the rows the same ids, so a translation's rows are the source's.
 */
function fill(fields: Field[], language: string, rowIds: string[]): Filled {
  return fillLevel(fields, language, { list: rowIds, next: 0 }, { path: '', formPath: '' })
}

function fillLevel(fields: Field[], language: string, rowIds: RowIds, at: { path: string; formPath: string }): Filled {
  const filled: Filled = { data: {}, paths: [], formPaths: [] }
  const take = (inner: Filled, into?: string) => {
    if (into) filled.data[into] = inner.data
    else Object.assign(filled.data, inner.data)
    filled.paths.push(...inner.paths)
    filled.formPaths.push(...inner.formPaths)
  }
  const rowId = () => (rowIds.list[rowIds.next++] ??= newRowId())
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') take(fillLevel(field.fields, language, rowIds, at))
    else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) take(fillLevel(tab.fields, language, rowIds, nested(at, tab.name)), tab.name)
        else take(fillLevel(tab.fields, language, rowIds, at))
      }
    } else if (!('name' in field)) continue
    else if (field.type === 'group') take(fillLevel(field.fields, language, rowIds, nested(at, field.name)), field.name)
    else if (field.type === 'array' || field.type === 'blocks') {
      const blocks = field.type === 'blocks' ? field.blocks.map((block) => ({ blockType: block.slug, fields: block.fields })) : [{ fields: field.fields }]
      filled.data[field.name] = blocks.map((block, index) => {
        const id = rowId()
        const row = fillLevel(block.fields, language, rowIds, { path: `${at.path}${field.name}.${id}.`, formPath: `${at.formPath}${field.name}.${index}.` })
        filled.paths.push(...row.paths)
        filled.formPaths.push(...row.formPaths)
        return { id, ...('blockType' in block ? { blockType: block.blockType } : {}), ...row.data }
      })
    } else if (field.type === 'number' && field.required) filled.data[field.name] = field.min ?? 1
    else if ('localized' in field && field.localized && field.name !== 'slug') {
      const words = `${language} ${at.path}${field.name}`
      if (field.type === 'richText') filled.data[field.name] = paragraph(words)
      else if (field.type === 'textarea' || (field.type === 'text' && !field.hasMany)) filled.data[field.name] = words
      else continue
      filled.paths.push(`${at.path}${field.name}`)
      filled.formPaths.push(`${at.formPath}${field.name}`)
    }
  }
  return filled
}

const nested = (at: { path: string; formPath: string }, name: string) => ({ path: `${at.path}${name}.`, formPath: `${at.formPath}${name}.` })

async function translationState(collection: EditorialCollectionSlug, id: number, locale: LocaleCode): Promise<TranslationState> {
  const { docs } = await ctx().payload.find({
    collection: collectionSlugs.translations,
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }, { locale: { equals: locale } }] },
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as unknown as TranslationState
}

describe('what is translatable', () => {
  it.each([...editorialCollections])(
    'should be the same fields for the workflow, XLIFF and the side-by-side panel in %s',
    async (collection) => {
      const { payload } = ctx()
      const editor = await createUser(payload, 'editor')
      const fields = collectionFields(payload, collection)
      const rowIds: string[] = []
      const english = fill(fields, 'English', rowIds)
      const chinese = fill(fields, 'Chinese', rowIds)
      expect(chinese.paths).toEqual(english.paths)

      const { id } = await payload.create({ collection, locale: 'en', draft: true, data: { ...english.data, _status: 'draft' } })
      await payload.update({ collection, id, locale: 'zh', draft: true, data: { ...chinese.data, _status: 'draft' } })

      // The workflow: the fields whose source text the Chinese translation was made from.
      const workflowPaths = Object.keys((await translationState(collection, id, 'zh')).fields ?? {})
      // XLIFF: the units of an export of the item into Chinese.
      const { document } = await buildExchangeDocument({ payload, user: editor, locale: 'zh', items: [{ collection, id }] })
      const xliffUnits = document.files[0].units.map((unit) => unit.id)
      // The side-by-side panel: the source values it shows, by the admin form's paths.
      const panelPaths = Object.keys((await sourceValues({ payload, user: editor, collection, id })).fields)

      expect(xliffUnits).toEqual(english.paths)
      expect([...workflowPaths].sort()).toEqual([...english.paths].sort())
      expect(panelPaths).toEqual(english.formPaths)
      expect(english.paths.length).toBeGreaterThanOrEqual(2)
    },
  )

  it('should reach into groups, blocks and the arrays inside blocks', async () => {
    const fields = collectionFields(ctx().payload, 'pages')
    const paths = fill(fields, 'English', []).paths.map((path) => path.replace(/[0-9a-f]{24}/g, '<row>'))
    expect(paths).toEqual([
      'title',
      'summary',
      'layout.<row>.content',
      'layout.<row>.items.<row>.label',
      'layout.<row>.address',
      'seo.metaTitle',
      'seo.metaDescription',
    ])
  })
})
