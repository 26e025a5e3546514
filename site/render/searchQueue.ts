/**
 * The order in which the search index's segments are handed to the indexing workers (searchIndex.ts). Workers take
 * the next segment as they finish one, so both cores stay busy to the end; whole languages split up front left one
 * worker idle for a third of the build, because a language's cost is not its page count (Pagefind took four times as
 * long over a Thai page as over an English one, and twice as long over a Chinese one).
 */

/** One segment of a language's index: pages `first` to `first + count` of its pages, newest first. */
export interface SegmentJob {
  segment: string
  part: number
  first: number
  count: number
  /** Pagefind's key for an older segment (`en-x-s3`); absent on the first, whose key Pagefind derives from `lang`. */
  forceLanguage?: string
}

interface LanguageQueue {
  segment: string
  pages: number
  nextPart: number
  /** Pagefind's key for the language, known once its first segment is written. */
  key?: string
  /** How long the first segment took a page: the rest of the language is scheduled by it, costliest first. */
  costPerPage?: number
}

/**
 * Hands out segments: every language's first segment (largest languages first), then the other segments of the
 * language whose first segment cost most a page, so the cheapest segments come last and the workers finish together.
 * An older segment needs its language's key, which its first segment reveals: a worker asking while only such
 * segments remain waits for it.
 */
export class SegmentQueue {
  private readonly languages: LanguageQueue[]
  private readonly waiting: ((job: SegmentJob | undefined) => void)[] = []

  constructor(
    languages: { segment: string; pages: number }[],
    private readonly segmentPages: number,
  ) {
    this.languages = languages
      .filter((language) => language.pages > 0)
      .sort((a, b) => b.pages - a.pages)
      .map(({ segment, pages }) => ({ segment, pages, nextPart: 0 }))
  }

  /** The next segment to index, or undefined when none is left; waits when the remaining ones need a key not yet known. */
  next(): Promise<SegmentJob | undefined> {
    const job = this.take()
    if (job !== 'wait') return Promise.resolve(job)
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  /** A language's first segment is written: its key and cost per page schedule the rest. */
  firstDone(segment: string, key: string, milliseconds: number) {
    const language = this.languages.find((one) => one.segment === segment)!
    language.key = key
    language.costPerPage = milliseconds / Math.min(this.segmentPages, language.pages)
    while (this.waiting.length > 0) {
      const job = this.take()
      if (job === 'wait') break
      this.waiting.shift()!(job)
    }
  }

  private take(): SegmentJob | undefined | 'wait' {
    const unstarted = this.languages.find((language) => language.nextPart === 0)
    if (unstarted) return this.job(unstarted)
    const ready = this.languages
      .filter((language) => language.key !== undefined && this.remaining(language))
      .sort((a, b) => b.costPerPage! - a.costPerPage!)[0]
    if (ready) return this.job(ready)
    return this.languages.some((language) => this.remaining(language)) ? 'wait' : undefined
  }

  private remaining(language: LanguageQueue): boolean {
    return language.nextPart * this.segmentPages < language.pages
  }

  private job(language: LanguageQueue): SegmentJob {
    const part = language.nextPart++
    const first = part * this.segmentPages
    return {
      segment: language.segment,
      part,
      first,
      count: Math.min(this.segmentPages, language.pages - first),
      ...(part > 0 ? { forceLanguage: `${language.key}-x-s${part}` } : {}),
    }
  }
}
