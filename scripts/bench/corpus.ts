/**
 * The synthetic corpus, as pure data: what article number `n` says in each locale, which topics, countries and
 * cover it has, and when it was published. Every value comes from a PRNG seeded by the article number and locale,
 * so the corpus is identical on every run and machine, and any one article can be regenerated on its own.
 */
import { slugify } from '../../cms/fields/slugify'
import { benchCountries, benchLocales, benchSources, benchTopics, lexicons, type BenchLocale } from './lexicon'
import { between, pick, seededRandom, seedOf, type Random } from './random'

/** Bump when the generated content changes, so an existing benchmark database is rebuilt instead of reused. */
export const corpusVersion = 1

export const benchSizes = {
  /** A smoke test of the benchmark itself, not a figure to report. */
  XS: 100,
  S: 1_000,
  M: 10_000,
  L: 30_000,
} as const
export type BenchSize = keyof typeof benchSizes

/** How many cover images the corpus shares ("a few dozen"). */
export const benchImageCount = 36

export interface ArticleText {
  title: string
  slug: string
  summary: string
  /** Paragraphs of the body; a subheading is marked by `heading: true`. */
  body: { heading?: boolean; text: string }[]
  source: string
}

export interface ArticleSpec {
  number: number
  publishedAt: string
  /** Indexes into `benchTopics`, `benchCountries` and the generated images. */
  topics: number[]
  countries: string[]
  cover: number | null
  text: Record<BenchLocale, ArticleText>
}

const firstDate = Date.UTC(2018, 0, 1)
const lastDate = Date.UTC(2025, 11, 31)
const bodyWords = 600

/** Article `number` (1-based) of the corpus. */
export function articleSpec(number: number, total: number): ArticleSpec {
  const random = seededRandom(seedOf(`concord bench v${corpusVersion} article ${number}`))
  const spacing = (lastDate - firstDate) / total
  const publishedAt = new Date(firstDate + Math.floor(spacing * (number - 1) + random() * spacing * 0.9)).toISOString()
  const topics = distinct(random, between(random, 1, 3), benchTopics.length)
  const countries = distinct(random, between(random, 1, 3), benchCountries.length).map((index) => benchCountries[index])
  const cover = random() < 0.7 ? Math.floor(random() * benchImageCount) : null
  const text = Object.fromEntries(benchLocales.map((locale) => [locale, articleText(number, locale)])) as ArticleSpec['text']
  return { number, publishedAt, topics, countries, cover, text }
}

/** The text of one article in one locale: about 600 words of body in paragraphs, with one subheading. */
export function articleText(number: number, locale: BenchLocale): ArticleText {
  const random = seededRandom(seedOf(`concord bench v${corpusVersion} article ${number} ${locale}`))
  const title = sentence(random, locale, between(random, 6, 10), false)
  const summary = paragraphText(random, locale, between(random, 25, 40))
  const body: ArticleText['body'] = []
  let words = 0
  while (words < bodyWords) {
    if (body.length === 3) body.push({ heading: true, text: sentence(random, locale, between(random, 3, 6), false) })
    const length = Math.min(between(random, 70, 130), Math.max(40, bodyWords - words))
    body.push({ text: paragraphText(random, locale, length) })
    words += length
  }
  return { title, slug: `${slugify(title, 60)}-${number}`, summary, body, source: pick(random, benchSources[locale]) }
}

/** A text of about `words` words in sentences of 8–20 words. */
export function paragraphText(random: Random, locale: BenchLocale, words: number): string {
  const lexicon = lexicons[locale]
  const sentences: string[] = []
  for (let left = words; left > 0; ) {
    const length = Math.min(left, between(random, 8, 20))
    sentences.push(sentence(random, locale, length, true))
    left -= length
  }
  return sentences.join(lexicon.sentenceEnd).trim() + lexicon.sentenceEnd.trim()
}

function sentence(random: Random, locale: BenchLocale, length: number, withCommas: boolean): string {
  const lexicon = lexicons[locale]
  const words: string[] = []
  for (let index = 0; index < length; index++) {
    let word = pick(random, lexicon.words, 1.6)
    if (withCommas && index > 2 && index < length - 2 && random() < 0.08) word += lexicon.comma
    words.push(word)
  }
  const text = words.join(lexicon.wordJoiner)
  return lexicon.capitalize ? text[0].toLocaleUpperCase(locale) + text.slice(1) : text
}

function distinct(random: Random, count: number, range: number): number[] {
  const chosen = new Set<number>()
  while (chosen.size < Math.min(count, range)) chosen.add(Math.floor(random() * range))
  return [...chosen].sort((a, b) => a - b)
}

/** Words in a text: spaces for spaced scripts; for Chinese and Thai, the lexicon's words (what the generator counts). */
export function wordCount(text: string, locale: BenchLocale): number {
  if (lexicons[locale].wordJoiner === ' ') return text.split(/\s+/).filter(Boolean).length
  const words = [...lexicons[locale].words].sort((a, b) => b.length - a.length)
  let count = 0
  for (const chunk of text.split(/[\s，。]+/).filter(Boolean)) {
    for (let rest = chunk; rest.length > 0; count++) {
      const word = words.find((candidate) => rest.startsWith(candidate))
      rest = rest.slice(word ? word.length : 1)
    }
  }
  return count
}
