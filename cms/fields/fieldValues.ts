/**
 * A document's values by field name, for code that walks a collection's fields at run time (the translation
 * workflow, XLIFF, the seed): Payload's generated document interfaces have no index signature, so TypeScript
 * will not read them by a name it only learns from the config.
 */
export function fieldValues(doc: object): Record<string, unknown> {
  return doc as Record<string, unknown>
}
