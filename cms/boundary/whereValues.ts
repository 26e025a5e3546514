import type { Payload, SanitizedCollectionConfig } from 'payload'

import { isDocumentId } from './documentIds'

const idOperators = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])

/**
 * Why a `where` filter is unusable, if it is: a value compared with a document id (the `id` itself, or a relation)
 * that cannot be one. The database refused `where[id][equals]=1e999` or `where[id][in]=` with a 500.
 */
export function whereProblem(payload: Payload, collection: SanitizedCollectionConfig | undefined, where: unknown): string | undefined {
  if (!where || typeof where !== 'object') return undefined
  const relationNames = new Set(
    (collection?.flattenedFields ?? [])
      .filter((field) => (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
      .map((field) => field.name),
  )
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      for (const nested of Array.isArray(condition) ? condition : []) {
        const problem = whereProblem(payload, collection, nested)
        if (problem) return problem
      }
      continue
    }
    if (key !== 'id' && !relationNames.has(key)) continue
    if (!condition || typeof condition !== 'object') continue
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      if (!idOperators.has(operator)) continue
      const values = Array.isArray(value) ? value : typeof value === 'string' && operator.endsWith('in') ? value.split(',') : [value]
      const bad = values.find((one) => one !== null && one !== 'null' && !isDocumentId(payload, one))
      if (bad !== undefined || values.length === 0) {
        return `where[${key}][${operator}]: "${String(bad ?? '').slice(0, 40)}" is not an id.`
      }
    }
  }
  return undefined
}
