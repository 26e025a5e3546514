import type { Field } from 'payload'

import { translatableKind } from '../translatableFields'

/** The admin component shown before each localized field (path resolved from `cms/`, as the import map wants). */
export const sourcePanelComponent = '/components/translation/SourcePanel#SourcePanel'

/**
 * Puts the source-language panel before every field a translator translates (`translatableKind`: localized text,
 * textarea and rich text, looking into groups, tabs, rows, arrays and blocks), so a translator sees the source beside
 * the field they edit. The real field stays the editable one; the panel hides itself while the source language is
 * edited.
 */
export function withSourcePanel(fields: Field[]): Field[] {
  return panelled(fields, false)
}

function panelled(fields: Field[], insideLocalized: boolean): Field[] {
  return fields.map((field) => addPanel(field, insideLocalized))
}

function addPanel(field: Field, insideLocalized: boolean): Field {
  if (field.type === 'tabs') {
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({ ...tab, fields: panelled(tab.fields, insideLocalized || ('localized' in tab && Boolean(tab.localized))) })),
    }
  }
  if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: panelled(field.fields, insideLocalized) }
  // Same reach as `translatableFields`: into localized groups, not into localized arrays and blocks (rows per locale).
  const localized = insideLocalized || ('localized' in field && Boolean(field.localized))
  if (field.type === 'group') return { ...field, fields: panelled(field.fields, localized) }
  if (field.type === 'array' && !localized) return { ...field, fields: panelled(field.fields, localized) }
  if (field.type === 'blocks' && !localized) {
    return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: panelled(block.fields, localized) })) }
  }
  if (!translatableKind(field, insideLocalized)) return field
  const components = field.admin?.components as { beforeInput?: unknown[] } | undefined
  return {
    ...field,
    admin: {
      ...field.admin,
      components: { ...components, beforeInput: [...(components?.beforeInput ?? []), sourcePanelComponent] },
    },
  } as Field
}
