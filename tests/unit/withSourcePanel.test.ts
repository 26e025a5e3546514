import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Articles } from '../../cms/collections/Articles'
import { Pages } from '../../cms/collections/Pages'
import { sourcePanelComponent, withSourcePanel } from '../../cms/translation/sidebyside/withSourcePanel'

function panelled(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    const name = 'name' in field ? `${prefix}${field.name}` : prefix
    const own = (field.admin?.components as { beforeInput?: unknown[] } | undefined)?.beforeInput?.includes(sourcePanelComponent) ? [name] : []
    if ('fields' in field) return [...own, ...panelled(field.fields, `${name}.`)]
    if (field.type === 'blocks') return field.blocks.flatMap((block) => panelled(block.fields, `${name}.${block.slug}.`))
    return own
  })
}

describe('withSourcePanel', () => {
  it('should put the source panel before every localized text field of an article, and nowhere else', () => {
    expect(panelled(Articles.fields)).toEqual(['title', 'summary', 'body', 'source', 'seo.metaTitle', 'seo.metaDescription'])
  })

  it('should reach localized fields in blocks and arrays', () => {
    expect(panelled(Pages.fields)).toEqual([
      'title',
      'summary',
      'layout.richText.content',
      'layout.facts.items.label',
      'layout.contact.address',
      'seo.metaTitle',
      'seo.metaDescription',
    ])
  })

  it('should keep components a field already has', () => {
    const [field] = withSourcePanel([{ name: 'x', type: 'text', localized: true, admin: { components: { beforeInput: ['/a#A'] } } }])
    expect((field.admin?.components as { beforeInput: unknown[] }).beforeInput).toEqual(['/a#A', sourcePanelComponent])
  })
})
