/**
 * JSON Schemas (OpenAPI 3.1 = JSON Schema 2020-12) of a collection's documents as an anonymous reader receives them,
 * derived from the Payload field config so the description follows every change of the content model.
 */
import type { Field } from 'payload'

type Schema = Record<string, unknown>

const idSchema: Schema = { oneOf: [{ type: 'integer' }, { type: 'string' }], description: 'A document id (integer on SQLite, string on MongoDB).' }

/** A relation: its id at depth 0, the related document (or its id when not readable) deeper. */
function relationSchema(relationTo: string | string[]): Schema {
  if (Array.isArray(relationTo)) {
    return { type: 'object', properties: { relationTo: { type: 'string', enum: relationTo }, value: { oneOf: [idSchema, { type: 'object' }] } }, required: ['relationTo', 'value'] }
  }
  return { oneOf: [idSchema, { $ref: `#/components/schemas/${schemaName(relationTo)}` }] }
}

const many = (schema: Schema, hasMany: unknown): Schema => (hasMany ? { type: 'array', items: schema } : schema)

/** A field's value, or undefined for fields that carry none (ui, join) or that anonymous readers may not read. */
function fieldSchema(field: Field, readable: Set<string>): Schema | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return many({ type: 'string' }, 'hasMany' in field && field.hasMany)
    case 'number':
      return many({ type: 'number' }, field.hasMany)
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'select':
    case 'radio': {
      const values = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      return many({ type: 'string', enum: values }, field.type === 'select' && field.hasMany)
    }
    case 'relationship':
    case 'upload': {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      if (!targets.every((target) => readable.has(target))) return undefined
      return many(relationSchema(field.relationTo), field.hasMany)
    }
    case 'richText':
      return { type: 'object', description: 'Rich text as Lexical editor state (JSON).' }
    case 'json':
      return {}
    case 'point':
      return { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }
    case 'group':
      return objectSchema(field.fields, readable)
    case 'array':
      return { type: 'array', items: objectSchema(field.fields, readable, { id: { type: 'string' } }) }
    case 'blocks':
      return {
        type: 'array',
        items: {
          oneOf: field.blocks.map((block) => objectSchema(block.fields, readable, { id: { type: 'string' }, blockType: { const: block.slug } })),
        },
      }
    default:
      return undefined
  }
}

/** The properties of a list of fields, with rows, collapsibles and unnamed tabs flattened as Payload stores them. */
export function objectSchema(fields: Field[], readable: Set<string>, extra: Record<string, Schema> = {}): Schema {
  const properties: Record<string, Schema> = { ...extra }
  const add = (list: Field[]) => {
    for (const field of list) {
      if (field.type === 'row' || field.type === 'collapsible') add(field.fields)
      else if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) properties[tab.name] = objectSchema(tab.fields, readable)
          else add(tab.fields)
        }
      } else if ('name' in field && !isHiddenFromAnonymous(field)) {
        const schema = fieldSchema(field, readable)
        if (schema) properties[field.name] = 'localized' in field && field.localized ? { ...schema, description: 'Localized: the value in the requested locale (an object by locale with locale=all).' } : schema
      }
    }
  }
  add(fields)
  return { type: 'object', properties }
}

/** Hidden fields never leave the API; fields with their own read access may be withheld from anonymous readers. */
function isHiddenFromAnonymous(field: Field): boolean {
  const admin = field as { hidden?: boolean; access?: { read?: unknown } }
  return Boolean(admin.hidden || admin.access?.read)
}

/** The component name of a collection's document schema (`case-highlights` → `CaseHighlights`). */
export const schemaName = (slug: string) => slug.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())
