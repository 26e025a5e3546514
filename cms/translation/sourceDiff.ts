import { diffWords } from 'diff'
import type { PayloadRequest } from 'payload'

import { collectionFields } from '../fields/collectionFields'
import type { EditorialCollectionSlug } from '../collectionSlugs'
import { getLocale, type LocaleCode } from '../locales'
import { plainText } from './plainText'
import { findStates, readWorkingCopy } from './store'
import { translatableValues } from './translatableFields'

export interface DiffPart {
  value: string
  added?: boolean
  removed?: boolean
}

export interface SourceDiff {
  path: string
  sourceLocale: LocaleCode
  /** The source text when the translation of this field was last made or brought up to date. */
  recordedText: string
  /** The source text now. */
  currentText: string
  /** Word by word, from the recorded to the current source text. */
  parts: DiffPart[]
}

/** A word diff of two texts, words split the way the language splits them (Chinese and Thai have no spaces). */
export function wordDiff(before: string, after: string, locale: LocaleCode): DiffPart[] {
  const intlSegmenter = new Intl.Segmenter(getLocale(locale).tag, { granularity: 'word' })
  return diffWords(before, after, { intlSegmenter }).map(({ value, added, removed }) => ({
    value,
    ...(added ? { added } : {}),
    ...(removed ? { removed } : {}),
  }))
}

/**
 * What changed in the source of one translated field since its translation was last brought up to date: the
 * recorded source text against the current one, rich text compared as plain text. Null when nothing was recorded
 * for that field (it was never translated) or the item is a source itself.
 */
export async function sourceDiff(
  req: PayloadRequest,
  { collection, id, locale, path }: { collection: EditorialCollectionSlug; id: number | string; locale: LocaleCode; path: string },
): Promise<SourceDiff | null> {
  const state = (await findStates(req, collection, id)).find((one) => one.locale === locale)
  const recorded = state?.fields?.[path]
  if (!state?.sourceLocale || !recorded) return null
  const source = await readWorkingCopy(req, collection, id, state.sourceLocale)
  const currentText = plainText(translatableValues(collectionFields(req.payload, collection), source).get(path))
  return {
    path,
    sourceLocale: state.sourceLocale,
    recordedText: recorded.sourceText,
    currentText,
    parts: wordDiff(recorded.sourceText, currentText, state.sourceLocale),
  }
}
