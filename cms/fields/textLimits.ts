/**
 * Longest texts the content model accepts, checked on every save (drafts included). Generous for real writing (the
 * demo's longest title has 140 characters, its longest summary 376), and small enough that a field cannot be used to
 * store megabytes.
 */
export const textLimits = {
  /** Titles, names, places, short labels. */
  title: 300,
  /** Summaries, descriptions, captions and other plain-text paragraphs. */
  summary: 3000,
} as const
