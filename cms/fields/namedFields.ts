import type { Field } from 'payload'

export type NamedField = Extract<Field, { name: string }>

/** The fields that hold data at one level: rows, collapsibles and tabs are layout and are looked through. */
export function namedFields(fields: Field[]): NamedField[] {
  return fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return namedFields(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => namedFields(tab.fields))
    if (field.type === 'ui' || !('name' in field)) return []
    return [field as NamedField]
  })
}
