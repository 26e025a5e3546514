import { type CollectionConfig, type Field, type PayloadRequest, validations } from 'payload'

import { isCollectionSlug } from '../isCollectionSlug'

type Validate = (value: unknown, options: Record<string, unknown>) => true | string | Promise<true | string>
type Relation = { relationTo?: string; value?: unknown } | number | string | null | undefined

/**
 * The collection's fields with the validation every save gets, drafts included (editorial collections validate
 * drafts: `versions.drafts.validate`):
 * - a draft may leave required fields empty — it is work in progress — but everything else is checked as for a
 *   publication: lengths, types, choices, dates, relation ids;
 * - a relation or upload names documents that exist. Payload only checks an id's type, and the database then refused
 *   an unknown id with a 500.
 */
export function withInputValidation(collection: CollectionConfig): CollectionConfig {
  return { ...collection, fields: collection.fields.map(validatedField) }
}

function validatedField(field: Field): Field {
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(validatedField) })) }
  if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: field.fields.map(validatedField) }
  if (field.type === 'group' || field.type === 'array') {
    return withValidate({ ...field, fields: field.fields.map(validatedField) } as Field)
  }
  if (field.type === 'blocks') {
    return withValidate({ ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(validatedField) })) })
  }
  return withValidate(field)
}

function withValidate(field: Field): Field {
  if (!('name' in field) || field.type === 'ui' || field.type === 'join') return field
  const relational = field.type === 'relationship' || field.type === 'upload'
  const required = 'required' in field && field.required
  if (!relational && !required) return field
  const base = (('validate' in field && field.validate) || validations[field.type as keyof typeof validations]) as Validate | undefined
  if (!base) return field
  const validate: Validate = async (value, options) => {
    const draft = (options.data as { _status?: unknown } | undefined)?._status === 'draft'
    const result = await base(value, draft ? { ...options, required: false } : options)
    if (result !== true || !relational || options.event === 'onChange') return result
    return missingRelations(value, options.previousValue, (field as { relationTo: string | string[] }).relationTo, options.req as PayloadRequest)
  }
  return { ...field, validate } as Field
}

/** True when every newly referenced document exists; otherwise which ones do not. */
async function missingRelations(value: unknown, previous: unknown, relationTo: string | string[], req: PayloadRequest): Promise<true | string> {
  const known = new Set(asList(previous).map((one) => key(one, relationTo)))
  const wanted = new Map<string, unknown[]>()
  for (const one of asList(value)) {
    const { target, id } = reference(one, relationTo)
    if (id === null || id === undefined || !target || known.has(`${target}:${String(id)}`)) continue
    wanted.set(target, [...(wanted.get(target) ?? []), id])
  }
  for (const [collection, ids] of wanted) {
    if (!isCollectionSlug(req.payload, collection)) return `"${collection.slice(0, 40)}" is not something that can be linked here.`
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: ids as (number | string)[] } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const found = new Set(docs.map((doc) => String(doc.id)))
    const missing = ids.filter((id) => !found.has(String(id)))
    if (missing.length > 0) return `No ${collection} item with the id ${missing.map((id) => `"${String(id).slice(0, 40)}"`).join(', ')}.`
  }
  return true
}

function asList(value: unknown): Relation[] {
  if (value === null || value === undefined) return []
  return (Array.isArray(value) ? value : [value]) as Relation[]
}

/** The collection and id a relation value names: `id`, `{ id }` (populated), `{ relationTo, value }` (polymorphic). */
function reference(one: Relation, relationTo: string | string[]): { target?: string; id: unknown } {
  const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value)
  if (typeof one === 'object' && one !== null && 'relationTo' in one) return { target: one.relationTo, id: idOf(one.value) }
  return { target: Array.isArray(relationTo) ? undefined : relationTo, id: idOf(one) }
}

function key(one: Relation, relationTo: string | string[]): string {
  const { target, id } = reference(one, relationTo)
  return `${String(target)}:${String(id)}`
}
