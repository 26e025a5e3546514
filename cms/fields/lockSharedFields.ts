import type { Field, UploadField } from 'payload'

import { editorsAndAdminsField } from '../access/editorsAndAdmins'
import { managesAllContent } from '../access/roles'

/**
 * Makes every field that all locales share (dates, relations, uploads, choices) editable by editors and admins
 * only. Translators and reviewers work on one language, so a change they make must never alter the others. Layout
 * fields and non-localized groups, arrays and blocks are walked into so their localized children stay editable.
 */
export function lockSharedFields(fields: Field[]): Field[] {
  return fields.map((field) => lockField(field))
}

function lockField(field: Field): Field {
  if ('localized' in field && field.localized) return field
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: lockSharedFields(tab.fields) })) }
  }
  if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group' || field.type === 'array') {
    return { ...field, fields: lockSharedFields(field.fields) } as Field
  }
  if (field.type === 'blocks') {
    return {
      ...field,
      blocks: field.blocks.map((block) => ({ ...block, fields: lockSharedFields(block.fields) })),
    }
  }
  if (field.type === 'ui' || !('name' in field)) return field
  const locked = { ...field, access: { ...field.access, update: field.access?.update ?? editorsAndAdminsField } } as Field
  return locked.type === 'upload' ? hideWhenEmptyAndLocked(locked) : locked
}

/**
 * An empty shared upload is left out of the form of those who cannot set it: Payload draws a read-only empty upload
 * with "Choose from existing" still on it, an offer the server would refuse. A chosen file stays visible, read-only.
 */
function hideWhenEmptyAndLocked(field: UploadField): UploadField {
  const condition = field.admin?.condition
  return {
    ...field,
    admin: {
      ...field.admin,
      condition: (data, siblingData, context) => {
        if (condition && !condition(data, siblingData, context)) return false
        const value: unknown = siblingData?.[field.name]
        const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0)
        return managesAllContent(context.user) || !empty
      },
    },
  } as UploadField
}
