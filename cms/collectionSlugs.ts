/** Collection slugs, shared by `relationTo`, the seed, the export and the tests. */
export const collectionSlugs = {
  articles: 'articles',
  videos: 'videos',
  caseHighlights: 'case-highlights',
  events: 'events',
  documents: 'documents',
  partners: 'partners',
  pages: 'pages',
  topics: 'topics',
  countries: 'countries',
  media: 'media',
  files: 'files',
  users: 'users',
  siteBuilds: 'site-builds',
  redirects: 'redirects',
  localePublications: 'locale-publications',
  translations: 'translations',
  translationEvents: 'translation-events',
  authThrottles: 'auth-throttles',
  importRecords: 'import-records',
} as const

export type ConcordCollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]

/** Items a reader can be pointed to from "related" lists. */
export const relatableCollections = [
  collectionSlugs.articles,
  collectionSlugs.videos,
  collectionSlugs.caseHighlights,
  collectionSlugs.events,
  collectionSlugs.documents,
]

/** Collections with drafts, per-locale publishing and translation tracking: what editors and translators write. */
export const editorialCollections = [
  collectionSlugs.articles,
  collectionSlugs.videos,
  collectionSlugs.caseHighlights,
  collectionSlugs.events,
  collectionSlugs.documents,
  collectionSlugs.partners,
  collectionSlugs.pages,
] as const

export type EditorialCollectionSlug = (typeof editorialCollections)[number]

export function isEditorialCollection(slug: unknown): slug is EditorialCollectionSlug {
  return typeof slug === 'string' && (editorialCollections as readonly string[]).includes(slug)
}

/** The slug of an editorial collection, checked: hooks are handed slugs typed as any collection's. */
export function editorialSlug(slug: string): EditorialCollectionSlug {
  if (!isEditorialCollection(slug)) throw new Error(`"${slug}" is not an editorial collection.`)
  return slug
}
