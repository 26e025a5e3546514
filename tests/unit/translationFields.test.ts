import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { plainText } from '../../cms/translation/plainText'
import { wordDiff } from '../../cms/translation/sourceDiff'
import { textHash } from '../../cms/translation/textHash'
import { setValueAtPath, translatableFields, valueAtPath } from '../../cms/translation/translatableFields'
import { paragraph } from '../helpers/richText'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'slug', type: 'text', localized: true },
  { name: 'publishedAt', type: 'date' },
  { name: 'body', type: 'richText', localized: true },
  { name: 'seo', type: 'group', fields: [{ name: 'metaTitle', type: 'text', localized: true }, { name: 'shareImage', type: 'text' }] },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [
      { slug: 'text', fields: [{ name: 'content', type: 'richText', localized: true }] },
      { slug: 'facts', fields: [{ name: 'items', type: 'array', fields: [{ name: 'label', type: 'text', localized: true }, { name: 'value', type: 'number' }] }] },
    ],
  },
]

const doc = {
  title: 'Forum opens',
  slug: 'forum-opens',
  publishedAt: '2025-01-01',
  body: paragraph('The forum opened today.'),
  seo: { metaTitle: null, shareImage: 'x' },
  layout: [
    { id: 'row1', blockType: 'text', content: paragraph('About us') },
    { id: 'row2', blockType: 'facts', items: [{ id: 'item1', label: 'Cases', value: 3 }] },
  ],
}

describe('translatable fields', () => {
  it('should list localized texts by path, rows by id, and leave out slugs, shared and empty fields', () => {
    expect(translatableFields(fields, doc).map((field) => [field.path, field.kind])).toEqual([
      ['title', 'text'],
      ['body', 'richText'],
      ['layout.row1.content', 'richText'],
      ['layout.row2.items.item1.label', 'text'],
    ])
  })

  it('should read and write values by path', () => {
    const copy = structuredClone(doc)
    expect(valueAtPath(copy, 'layout.row2.items.item1.label')).toBe('Cases')
    expect(setValueAtPath(copy, 'layout.row2.items.item1.label', '案件')).toBe(true)
    expect(setValueAtPath(copy, 'seo.metaTitle', '论坛')).toBe(true)
    expect(copy.layout[1].items![0].label).toBe('案件')
    expect(copy.seo.metaTitle).toBe('论坛')
    expect(setValueAtPath(copy, 'layout.gone.content', 'x')).toBe(false)
  })
})

describe('plain text of a field', () => {
  it('should read rich text as its words, one line per block, ignoring formatting', () => {
    type Lexical = { root: { children: { children: { format: number }[] }[] } }
    const lexical = (text: string) => paragraph(text) as Lexical
    const twoParagraphs = { root: { children: [...lexical('One').root.children, ...lexical('Two').root.children] } }
    expect(plainText(twoParagraphs)).toBe('One\nTwo')
    const bold = structuredClone(lexical('Same words'))
    bold.root.children[0].children[0].format = 1
    expect(textHash(plainText(bold))).toBe(textHash(plainText(paragraph('Same words'))))
    expect(plainText('  spaced  ')).toBe('spaced')
  })
})

describe('the source diff', () => {
  it('should mark added and removed words', () => {
    expect(wordDiff('The forum opened', 'The forum opened today', 'en')).toEqual([
      { value: 'The forum opened ' },
      { value: 'today', added: true },
    ])
  })

  it('should split languages without spaces into words', () => {
    const parts = wordDiff('论坛今天开幕', '论坛明天开幕', 'zh')
    expect(parts.filter((part) => part.removed).map((part) => part.value).join('')).toBe('今天')
    expect(parts.filter((part) => part.added).map((part) => part.value).join('')).toBe('明天')
  })
})
