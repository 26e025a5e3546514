/**
 * The permanent-link map a release carries (`/go.json`): for every published item, under its language-independent
 * address `/go/<kind>/<id>/`, the current page of each language it is published in and its own (source) language.
 * Written by the site build (site/lib/permanentLinks.ts), read by the site server (publishing/serve/permanentLinks.ts);
 * the nginx and Caddy rules of the same release are generated from the same entries. A leaf: it imports nothing.
 */

/** The kinds in `/go/<kind>/<id>/` and the collection each names. */
export const permanentLinkKinds = {
  article: 'articles',
  video: 'videos',
  case: 'case-highlights',
  event: 'events',
  document: 'documents',
  partner: 'partners',
  page: 'pages',
  topic: 'topics',
  country: 'countries',
} as const

export type PermanentLinkKind = keyof typeof permanentLinkKinds

export interface PermanentLinkEntry {
  /** The item's own language: where a reader goes when none of theirs is published. */
  source: string
  /** The current address of the item's page per published locale code, percent-encoded as sent on the wire. */
  pages: Record<string, string>
}

export interface PermanentLinkMap {
  format: 1
  /** Keyed by `<kind>/<id>`. */
  items: Record<string, PermanentLinkEntry>
}

export const permanentLinkMapFile = 'go.json'

/** `/go/<kind>/<id>/` of an item. */
export function permanentLinkPath(kind: PermanentLinkKind, id: string | number): string {
  return `/go/${kind}/${encodeURIComponent(String(id))}/`
}

/** The kind of a collection, or undefined for a collection without permanent links. */
export function permanentLinkKindOf(collection: string): PermanentLinkKind | undefined {
  return (Object.keys(permanentLinkKinds) as PermanentLinkKind[]).find((kind) => permanentLinkKinds[kind] === collection)
}
