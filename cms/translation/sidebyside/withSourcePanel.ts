import type { Field } from 'payload'

/** The admin component shown before each localized field (path resolved from `cms/`, as the import map wants). */
export const sourcePanelComponent = '/components/translation/SourcePanel#SourcePanel'

/**
 * Puts the source-language panel before every localized text, textarea and rich text field (looking into groups,
 * tabs, rows, arrays and blocks), so a translator sees the source beside the field they edit. The real field stays
 * the editable one; the panel hides itself while the source language is edited.
 */
export function withSourcePanel(fields: Field[]): Field[] {
  return fields.map((field) => addPanel(field))
}

function addPanel(field: Field): Field {
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withSourcePanel(tab.fields) })) }
  if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: withSourcePanel(field.fields) } as Field
  if ((field.type === 'group' || field.type === 'array') && !field.localized) {
    return { ...field, fields: withSourcePanel(field.fields) } as Field
  }
  if (field.type === 'blocks' && !field.localized) {
    return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withSourcePanel(block.fields) })) }
  }
  const translatable =
    (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') &&
    field.localized &&
    field.name !== 'slug' &&
    !('hasMany' in field && field.hasMany)
  if (!translatable) return field
  const components = field.admin?.components as { beforeInput?: unknown[] } | undefined
  return {
    ...field,
    admin: {
      ...field.admin,
      components: { ...components, beforeInput: [...(components?.beforeInput ?? []), sourcePanelComponent] },
    },
  } as Field
}
