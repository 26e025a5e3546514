// Results in the site's other languages, for the search page (search.js loads this file only when they are wanted).
//
// Pagefind writes one index per language and the page's own Pagefind loads only the page's language. Here a second
// Pagefind instance (`createInstance`, sharing the page's worker and WebAssembly) merges the newest segment of every
// other language's index, and of the delta index of pages published since the last full build, each tagged with a
// synthetic filter (`mergeFilter`). Searching with that filter leaves out the instance's own primary index (the
// reader's language, already searched by the main instance), so only other languages answer.
// Merged indexes are queried with the page language's stemmer (Pagefind's documented limit): names, numbers and
// words in other scripts are found as they are written; inflected forms may not be.

/** Letters only, without case or diacritics, as Pagefind compares words by default. */
const bare = (word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
/** Scripts written without spaces: Pagefind marks their words inside a longer query term. */
const unspaced = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+$/u

function sharedStart(a, b) {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return length
}

/**
 * Whether a result's marked words match a query word: sharing most of it (an inflection: "agency" for "agencies"),
 * or, in scripts without spaces, being part of it. Pagefind also matches index words that are only a short start of
 * a longer query word, ranked low; across languages these are noise ("cứ", Vietnamese, for "Customs"), so results in
 * other languages keep only real matches. The reader's own results keep Pagefind's ranking as it is.
 */
function matchesQuery(excerpt, terms) {
  const marks = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => bare(match[1])).filter(Boolean)
  return marks.some((mark) =>
    terms.some((term) => sharedStart(mark, term) >= Math.min(term.length, Math.max(3, Math.ceil(term.length * 0.6))) || (unspaced.test(mark) && term.includes(mark))),
  )
}

/** Results of other languages shown at most: each shown result fetches its own fragment. */
const shownAtMost = 10
/** Results whose fragments are read to fill those ten after grouping translations of one item. */
const readAtMost = 30

/**
 * @param {object} options
 * @param {object} options.pagefind the page's Pagefind module
 * @param {string[]} options.ownKeys Pagefind's keys for the page's language (`fr`, `zh-hans`)
 * @param {object | undefined} options.manifest `/pagefind/concord-search.json`: the keys of every indexed language
 * @param {boolean} options.delta whether pages changed since the full build (`/pagefind-delta/` has an index)
 * @param {string[]} options.otherSegments the URL segments of the site's other languages
 * @param {(segment: string) => Promise<object | undefined>} options.deltaFacts a language's part of the publish layer's facts
 * @param {Set<string>} options.superseded the out-of-date addresses known so far, which `isCurrent` reads: the other
 *   languages' are added here
 */
export function otherLanguagesSearch({ pagefind, ownKeys, manifest, delta, otherSegments, deltaFacts, superseded }) {
  const keys = Object.keys(manifest?.filters ?? {}).filter((key) => !ownKeys.includes(key))
  let opened

  async function open() {
    const instance = pagefind.createInstance()
    const main = new URL('/pagefind/', location.href).href
    const deltaUrl = new URL('/pagefind-delta/', location.href).href
    // The page loaded the publish layer's facts of its own language only; results in others need theirs.
    const [deltaEntry, ...others] = await Promise.all([
      delta ? fetch(deltaUrl + 'pagefind-entry.json').then((response) => (response.ok ? response.json() : undefined), () => undefined) : undefined,
      ...otherSegments.map(deltaFacts),
    ])
    for (const facts of others) for (const url of facts?.superseded ?? []) superseded.add(url)
    const deltaKeys = Object.keys(deltaEntry?.languages ?? {}).filter((key) => !ownKeys.includes(key))
    await Promise.all([
      // The main bundle's folder as a full URL: Pagefind skips a merge of its primary's own path.
      ...keys.map((key) => instance.mergeIndex(main, { language: key, baseUrl: '/', mergeFilter: { concord_other: key } })),
      ...deltaKeys.map((key) => instance.mergeIndex(deltaUrl, { language: key, baseUrl: '/', mergeFilter: { concord_other: key } })),
    ])
    return { instance, languages: [...new Set([...keys, ...deltaKeys])] }
  }

  /**
   * The best results in other languages, one per item (an item's translations share the filter `concord_item`), leaving
   * out items the reader already sees in their own language and pages the delta index supersedes.
   */
  async function search(query, { ownItems, isCurrent }) {
    if (keys.length === 0) return []
    opened ??= open()
    const { instance, languages } = await opened
    const { results } = await instance.search(query, { filters: { concord_other: { any: languages } } })
    const terms = query.split(/\s+/).map(bare).filter(Boolean)
    const seen = new Set(ownItems)
    const shown = []
    for (let first = 0; first < Math.min(results.length, readAtMost) && shown.length < shownAtMost; first += shownAtMost) {
      const batch = await Promise.all(results.slice(first, first + shownAtMost).map((result) => result.data()))
      for (const data of batch) {
        const item = data.filters.concord_item?.[0]
        if (!isCurrent(data) || !matchesQuery(data.excerpt, terms) || (item && seen.has(item))) continue
        if (item) seen.add(item)
        if (shown.length < shownAtMost) shown.push(data)
      }
    }
    return shown
  }

  return { search }
}
