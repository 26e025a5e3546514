import type { CollectionConfig, Condition, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Articles } from '../../cms/collections/Articles'
import { titleCellComponent, withTitleFallback } from '../../cms/components/editing/withTitleFallback'
import { lockSharedFields } from '../../cms/fields/lockSharedFields'

const named = (fields: Field[], name: string) => fields.find((field) => 'name' in field && field.name === name) as Field & { admin?: Record<string, unknown> }
const condition = (field: Field) => (field.admin as { condition?: Condition } | undefined)?.condition
const context = (role: string) => ({ user: { id: 1, role, collection: 'users' }, blockData: undefined, operation: 'update', path: [] }) as never

describe('controls shown by role', () => {
  it('should leave an empty shared image out of the form of translators and reviewers, not of editors', () => {
    const cover = named(lockSharedFields([{ name: 'cover', type: 'upload', relationTo: 'media' }]), 'cover')
    const show = condition(cover)!
    expect(show({}, { cover: null }, context('translator'))).toBe(false)
    expect(show({}, { cover: null }, context('reviewer'))).toBe(false)
    expect(show({}, { cover: null }, context('editor'))).toBe(true)
    // A chosen image stays in view, read-only.
    expect(show({}, { cover: 7 }, context('translator'))).toBe(true)
  })

  it('should keep a field’s own condition', () => {
    const field = lockSharedFields([{ name: 'poster', type: 'upload', relationTo: 'media', admin: { condition: () => false } }])[0]
    expect(condition(field)!({}, { poster: 7 }, context('editor'))).toBe(false)
  })

  it('should give only a localized title field the source-title cell', () => {
    const articles = withTitleFallback(Articles)
    expect((named(articles.fields, 'title').admin?.components as { Cell?: string }).Cell).toBe(titleCellComponent)
    const unlocalized: CollectionConfig = { slug: 'things', admin: { useAsTitle: 'name' }, fields: [{ name: 'name', type: 'text' }] }
    expect(withTitleFallback(unlocalized)).toEqual(unlocalized)
  })
})
