import type { Payload } from 'payload'

/** A collection's plural label as configured (`News articles`), or its slug. */
export function collectionLabel(collections: Payload['collections'], slug: string): string {
  const plural = (collections as Record<string, { config: { labels?: { plural?: unknown } } }>)[slug]?.config.labels?.plural
  return typeof plural === 'string' ? plural : slug
}
