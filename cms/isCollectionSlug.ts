import type { CollectionSlug, Payload } from 'payload'

/**
 * Whether a slug only known at run time (a request's route, a relation value) names a collection of this Payload:
 * the check that lets it into Payload's typed Local API.
 */
export function isCollectionSlug(payload: Payload, slug: string): slug is CollectionSlug {
  return Object.hasOwn(payload.collections, slug)
}
