import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Field } from 'payload'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { detailFieldNames } from '../../cms/export/detailFields'
import {
  carryExportedItem,
  detailFile,
  readCollection,
  readList,
  writeExportedItem,
  writeList,
} from '../../publishing/format/exportFiles'
import type { ExportedItem } from '../../publishing/format/exportFormat'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'body', type: 'richText', localized: true },
  { type: 'row', fields: [{ name: 'layout', type: 'blocks', blocks: [] }] },
  { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
]

const article = (body: string): ExportedItem => ({
  id: 7,
  updatedAt: '2026-11-24T00:00:00.000Z',
  locales: ['en', 'zh'],
  data: { title: { en: 'Forum opens', zh: '论坛开幕' }, body: { en: `<p>${body}</p>`, zh: '<p>正文</p>' }, topics: [1] },
})

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-export-files-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('the export files', () => {
  it('should name rich text and blocks, at any layout depth, as long fields', () => {
    expect(detailFieldNames(fields)).toEqual(['body', 'layout'])
  })

  it('should keep long fields out of the list and give the whole item back when read', () => {
    const listed = writeExportedItem(dir, 'articles', article('Long text'), ['body', 'layout'])
    writeList(dir, 'articles', [listed])
    const [entry] = readList(dir, 'articles')
    expect(entry.data).not.toHaveProperty('body')
    expect(entry.details).toEqual(['body'])
    expect(fs.readFileSync(detailFile(dir, 'articles', 7), 'utf8')).toContain('Long text')
    expect(readCollection(dir, 'articles')).toEqual([article('Long text')])
  })

  it('should sign the whole item, so a change in a long field alone is seen', () => {
    const one = writeExportedItem(dir, 'articles', article('First'), ['body'])
    const two = writeExportedItem(dir, 'articles', article('Second'), ['body'])
    expect(one.data).toEqual(two.data)
    expect(one.signature).not.toBe(two.signature)
  })

  it('should carry an unchanged item into the next export with its long fields', () => {
    const listed = writeExportedItem(dir, 'articles', article('Carried'), ['body'])
    const next = path.join(dir, 'next')
    writeList(next, 'articles', [carryExportedItem(dir, next, 'articles', listed)])
    fs.rmSync(detailFile(dir, 'articles', 7))
    expect(readCollection(next, 'articles')).toEqual([article('Carried')])
  })
})
