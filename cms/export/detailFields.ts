import type { Field } from 'payload'

import { namedFields } from '../fields/namedFields'

/** Rich text and blocks at the top level of an item: long, and shown only on the item's own page (its own file). */
export function detailFieldNames(fields: Field[]): string[] {
  return namedFields(fields)
    .filter((field) => field.type === 'richText' || field.type === 'blocks')
    .map((field) => field.name)
}
