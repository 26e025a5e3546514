/**
 * How much one request may ask for. Anonymous readers get less than staff: the public API serves partners and
 * scripts, and nobody outside needs a thousand items or relations nested five deep in one answer.
 */
export const readLimits = {
  /** Items per page and relation depth for anyone not signed in as staff. */
  public: { maxLimit: 100, maxDepth: 2 },
  /** For staff (the admin asks for at most 100 a page and depth 1). */
  staff: { maxLimit: 500, maxDepth: 4 },
} as const

/** A JSON or GraphQL request body larger than this is refused before it is read (413). Uploads have their own limits. */
export const maxJsonBodyBytes = 2 * 1024 * 1024

export const graphqlLimits = {
  /** Fields with an alias in one document: aliases are how one request asks for the same list many times. */
  maxAliases: 20,
  /** Top-level fields of one operation. */
  maxRootFields: 20,
  /** Payload's own complexity limit per query. */
  maxComplexity: 1000,
  /** A GraphQL answer larger than this is refused (413) instead of being sent. */
  maxResultBytes: 4 * 1024 * 1024,
} as const
