import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { hasText } from '../../cms/translation/plainText'
import { sourcePanelComponent, withSourcePanel } from '../../cms/translation/sidebyside/withSourcePanel'
import {
  setValueAtPath,
  translatableFields,
  translatableKind,
  translatableValues,
  valueAtPath,
} from '../../cms/translation/translatableFields'
import { itemUnits } from '../../cms/translation/xliff/fieldUnits'
import { para, richText, text } from '../helpers/richText'

/** A collection laid out with every kind of container Payload has, with localized texts at every depth. */
const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'slug', type: 'text', localized: true },
  { name: 'keywords', type: 'text', hasMany: true, localized: true },
  { name: 'internalNote', type: 'text' },
  { type: 'row', fields: [{ name: 'kicker', type: 'text', localized: true }, { name: 'weight', type: 'number' }] },
  { type: 'collapsible', label: 'More', fields: [{ name: 'summary', type: 'textarea', localized: true }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'Content', fields: [{ name: 'body', type: 'richText', localized: true }] },
      {
        name: 'meta',
        fields: [
          { name: 'headline', type: 'text', localized: true },
          { type: 'row', fields: [{ name: 'byline', type: 'text', localized: true }] },
        ],
      },
      { name: 'notes', localized: true, fields: [{ name: 'note', type: 'textarea' }] },
    ],
  },
  { name: 'seo', type: 'group', fields: [{ name: 'metaTitle', type: 'text', localized: true }, { name: 'image', type: 'text' }] },
  { type: 'group', label: 'Unnamed', fields: [{ name: 'caption', type: 'text', localized: true }] },
  { name: 'credits', type: 'group', localized: true, fields: [{ name: 'author', type: 'text' }] },
  { name: 'steps', type: 'array', fields: [{ name: 'label', type: 'text', localized: true }, { name: 'code', type: 'text' }] },
  { name: 'perLocale', type: 'array', localized: true, fields: [{ name: 'line', type: 'text' }] },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [
      { slug: 'text', fields: [{ name: 'content', type: 'richText', localized: true }] },
      {
        slug: 'facts',
        fields: [{ name: 'items', type: 'array', fields: [{ name: 'label', type: 'text', localized: true }, { name: 'value', type: 'number' }] }],
      },
    ],
  },
]

const doc = {
  title: 'Forum opens',
  slug: 'forum-opens',
  keywords: ['forum', 'cooperation'],
  internalNote: 'not for translators',
  kicker: 'News',
  weight: 3,
  summary: 'Delegations met.',
  body: richText(para(text('The forum opened today.'))),
  meta: { headline: 'A forum', byline: 'Press office' },
  notes: { note: 'Translated as a whole' },
  seo: { metaTitle: 'Forum', image: 'x' },
  caption: 'Opening session',
  credits: { author: 'Secretariat' },
  steps: [{ id: 'step1', label: 'Register', code: 'R' }],
  perLocale: [{ id: 'own1', line: 'A line of this locale only' }],
  layout: [
    { id: 'row1', blockType: 'text', content: richText(para(text('About us'))) },
    { id: 'row2', blockType: 'facts', items: [{ id: 'item1', label: 'Cases', value: 3 }] },
  ],
}

const expectedPaths = [
  'title',
  'kicker',
  'summary',
  'body',
  'meta.headline',
  'meta.byline',
  'notes.note',
  'seo.metaTitle',
  'caption',
  'credits.author',
  'steps.step1.label',
  'layout.row1.content',
  'layout.row2.items.item1.label',
]

describe('the walker of translatable fields', () => {
  it('should find localized texts through rows, collapsibles, tabs, groups, arrays and blocks', () => {
    expect(translatableFields(fields, doc).map((field) => field.path)).toEqual(expectedPaths)
  })

  it('should leave out slugs, hasMany texts, shared fields and the rows of localized arrays', () => {
    const paths = translatableFields(fields, doc).map((field) => field.path)
    expect(paths).not.toContain('slug')
    expect(paths).not.toContain('keywords')
    expect(paths).not.toContain('internalNote')
    expect(paths).not.toContain('seo.image')
    expect(paths.filter((path) => path.startsWith('perLocale'))).toEqual([])
  })

  it('should name rows by id in paths and by index in form paths, and tell text from rich text', () => {
    const byPath = new Map(translatableFields(fields, doc).map((field) => [field.path, field]))
    expect(byPath.get('layout.row2.items.item1.label')).toMatchObject({ formPath: 'layout.1.items.0.label', kind: 'text', value: 'Cases' })
    expect(byPath.get('meta.byline')).toMatchObject({ formPath: 'meta.byline', kind: 'text' })
    expect(byPath.get('body')?.kind).toBe('richText')
    expect(byPath.get('summary')?.field).toMatchObject({ name: 'summary', type: 'textarea' })
  })

  it('should leave out fields with nothing to translate: missing, blank text, rich text without words', () => {
    const blank = { ...doc, title: '   ', kicker: null, summary: undefined, body: richText(para()), meta: {} }
    const paths = translatableFields(fields, blank).map((field) => field.path)
    expect(paths).not.toContain('title')
    expect(paths).not.toContain('kicker')
    expect(paths).not.toContain('summary')
    expect(paths).not.toContain('body')
    expect(paths).not.toContain('meta.headline')
    expect(paths).toContain('seo.metaTitle')
    expect(translatableFields(fields, null)).toEqual([])
  })

  it('should give the same paths and values as a map', () => {
    const values = translatableValues(fields, doc)
    expect([...values.keys()]).toEqual(expectedPaths)
    expect(values.get('steps.step1.label')).toBe('Register')
  })

  it('should say which single field is translatable', () => {
    expect(translatableKind({ name: 'body', type: 'richText', localized: true })).toBe('richText')
    expect(translatableKind({ name: 'summary', type: 'textarea', localized: true })).toBe('text')
    expect(translatableKind({ name: 'note', type: 'textarea' })).toBeUndefined()
    expect(translatableKind({ name: 'note', type: 'textarea' }, true)).toBe('text')
    expect(translatableKind({ name: 'tags', type: 'text', hasMany: true, localized: true })).toBeUndefined()
    expect(translatableKind({ name: 'slug', type: 'text', localized: true })).toBeUndefined()
    expect(translatableKind({ name: 'count', type: 'number', localized: true })).toBeUndefined()
  })
})

describe('values by path', () => {
  it('should read and write through named tabs, groups and rows by id', () => {
    const copy = structuredClone(doc)
    expect(valueAtPath(copy, 'meta.byline')).toBe('Press office')
    expect(valueAtPath(copy, 'layout.row2.items.item1.label')).toBe('Cases')
    expect(valueAtPath(copy, 'layout.gone.content')).toBeUndefined()
    expect(valueAtPath(copy, 'title.length')).toBeUndefined()
    expect(setValueAtPath(copy, 'meta.headline', '论坛')).toBe(true)
    expect(setValueAtPath(copy, 'steps.step1.label', '注册')).toBe(true)
    expect(copy.meta.headline).toBe('论坛')
    expect(copy.steps[0].label).toBe('注册')
  })

  it('should create a missing group on the way, and refuse a missing row', () => {
    const empty: Record<string, unknown> = { seo: null, steps: [] }
    expect(setValueAtPath(empty, 'seo.metaTitle', 'Forum')).toBe(true)
    expect(setValueAtPath(empty, 'meta.headline', 'A forum')).toBe(true)
    expect(empty).toMatchObject({ seo: { metaTitle: 'Forum' }, meta: { headline: 'A forum' } })
    expect(setValueAtPath(empty, 'steps.step1.label', 'Register')).toBe(false)
  })
})

describe('whether a value has text', () => {
  it('should find words in strings and rich text only', () => {
    expect(hasText('Forum')).toBe(true)
    expect(hasText(' \n ')).toBe(false)
    expect(hasText(null)).toBe(false)
    expect(hasText(richText(para(text('Hi'))))).toBe(true)
    expect(hasText(richText(para(text('  '))))).toBe(false)
    expect(hasText(richText(para()))).toBe(false)
    expect(hasText({ root: { children: [] } })).toBe(false)
  })
})

describe('the workflow, XLIFF and the side-by-side panel', () => {
  /** Form paths that withSourcePanel puts the source panel before, with row indexes of the given document. */
  function panelledFormPaths(config: Field[], data: unknown, prefix = ''): string[] {
    return config.flatMap((field): string[] => {
      if (field.type === 'tabs') {
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? panelledFormPaths(tab.fields, (data as Record<string, unknown>)?.[tab.name], `${prefix}${tab.name}.`)
            : panelledFormPaths(tab.fields, data, prefix),
        )
      }
      if (!('name' in field) || !field.name) return 'fields' in field ? panelledFormPaths(field.fields, data, prefix) : []
      const value = (data as Record<string, unknown> | undefined)?.[field.name]
      const path = `${prefix}${field.name}`
      if (field.type === 'group') return panelledFormPaths(field.fields, value, `${path}.`)
      if (field.type === 'array' || field.type === 'blocks') {
        return ((value as Record<string, unknown>[] | undefined) ?? []).flatMap((row, index) => {
          const rowFields = field.type === 'array' ? field.fields : (field.blocks.find((block) => block.slug === row.blockType)?.fields ?? [])
          return panelledFormPaths(rowFields, row, `${path}.${index}.`)
        })
      }
      const panel = (field.admin?.components as { beforeInput?: unknown[] } | undefined)?.beforeInput?.includes(sourcePanelComponent)
      return panel ? [path] : []
    })
  }

  it('should agree on what is translatable in a collection with tabs, rows, collapsibles and hasMany text', () => {
    // The workflow tracks the paths of `translatableValues` (recordTranslationSave); XLIFF writes `itemUnits`.
    const workflowPaths = [...translatableValues(fields, doc).keys()]
    const xliffUnits = itemUnits(fields, doc, {}).map(({ unit }) => unit.id)
    expect(xliffUnits).toEqual(workflowPaths)
    expect(workflowPaths).toEqual(expectedPaths)
    // The side-by-side panel sits before exactly those fields, named as the admin form names them.
    const formPaths = translatableFields(fields, doc).map((field) => field.formPath)
    expect(panelledFormPaths(withSourcePanel(fields), doc)).toEqual(formPaths)
  })
})
