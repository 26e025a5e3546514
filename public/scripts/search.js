// Progressive search over the Pagefind index of the page's language (Pagefind picks it from <html lang>).
// A plain file rather than an inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
const form = document.querySelector('[data-search]')
const input = document.getElementById('search-input')
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
/** Every site language by URL segment: its tag and direction. */
const localeBySegment = JSON.parse(form.dataset.locales)
let pagefind
document.querySelector('[data-search-fallback]')?.setAttribute('hidden', '')

/** Addresses whose main-index entries are out of date: their pages are searched in the delta index. */
const superseded = new Set()
/** Older segments of this language's index not merged yet (newest first), and every filter value over all of them. */
let olderSegments = []
let filterValues = {}
/** What the search of other languages needs, kept from opening the index (search-languages.js). */
let indexFacts = {}

const json = (url) => fetch(url).then((response) => (response.ok ? response.json() : undefined), () => undefined)
/** A language's part of the publish layer's facts (site/render/searchIndex.ts, `DeltaLanguage`), by URL segment. */
const deltaFacts = (segment) => json(`/pagefind-delta/superseded/${segment}.json`)

/**
 * The newest segment of this language's index, found by Pagefind from <html lang>, plus, after publishes since the
 * last full build, the small index of the pages changed since (`/pagefind-delta/`). The main index still holds the
 * older copies of those pages and the removed ones: results for those addresses are taken from the delta index only.
 * Only this language's list of them is loaded; the search of other languages loads the others'.
 * Older segments (`/pagefind/concord-search.json`) are merged when a reader wants more results, a few at a time (`mergeOlderSegments`).
 */
function load() {
  // One promise: the filters and the first search both ask at page load, and the delta must be merged once.
  pagefind ??= open()
  return pagefind
}

async function open() {
  const lang = document.documentElement.lang.toLowerCase()
  const ownSegment = Object.keys(localeBySegment).find((segment) => localeBySegment[segment].tag.toLowerCase() === lang)
  // Pagefind starts its worker and loads this language's entry, metadata and WebAssembly as soon as its script is
  // here, while the reader reads the page: a search then waits only for the chunks of its own words.
  const started = import('/pagefind/pagefind.js').then((module) => (module.init(), module))
  const [main, manifest, delta] = await Promise.all([started, json('/pagefind/concord-search.json'), ownSegment && deltaFacts(ownSegment)])
  // Pagefind's own rule: the exact language, else its primary subtag.
  const key = manifest?.filters?.[lang] ? lang : lang.split('-')[0]
  olderSegments = [...(manifest?.segments?.[key] ?? [])]
  filterValues = manifest?.filters?.[key] ?? {}
  if (delta) {
    for (const url of delta.superseded) superseded.add(url)
    for (const [name, values] of Object.entries(delta.filters)) {
      filterValues[name] = [...new Set([...(filterValues[name] ?? []), ...values])].sort()
    }
    // Merged only when it has this language: Pagefind would otherwise fall back to another language's pages. Pagefind
    // runs a merged index with the WebAssembly already loaded: the delta's own copy is never fetched.
    if (delta.merge) await main.mergeIndex('/pagefind-delta/')
  }
  indexFacts = {
    pagefind: main,
    ownKeys: [lang, key],
    manifest,
    delta: Boolean(delta?.delta),
    otherSegments: Object.keys(localeBySegment).filter((segment) => segment !== ownSegment),
    deltaFacts,
    superseded,
  }
  return main
}

/**
 * Segments the next merge takes at once. It doubles with each merge of a search: a common word fills its page from
 * the newest segment or two, and a rare one reaches the oldest of 25 segments in five rounds rather than 25 (one
 * merge after another took over a second before "1 result" could be said).
 */
let mergeBatch = 1

/**
 * Merges the next older segments, together. They live in the same folder as the primary index; Pagefind skips a
 * merge of the primary's own path, so it is given as a full URL (the same files, already in the browser's cache).
 */
async function mergeOlderSegments() {
  const languages = olderSegments.splice(0, mergeBatch)
  mergeBatch *= 2
  const main = await load()
  await Promise.all(languages.map((language) => main.mergeIndex(new URL('/pagefind/', location.href).href, { language, baseUrl: '/' })))
}

/** Drops the main index's out-of-date copies; `concord_layer` marks pages of the delta index. */
function isCurrent(result) {
  return result.meta.concord_layer === 'delta' || !superseded.has(result.url)
}

/** Pagefind excerpts mark matches with <mark>; rebuild them from text nodes so no markup is trusted. */
function excerptNode(excerpt) {
  const paragraph = document.createElement('p')
  excerpt.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const match = part.match(/^<mark>(.*)<\/mark>$/)
    const text = document.createElement('textarea')
    text.innerHTML = match ? match[1] : part
    if (match) {
      const mark = document.createElement('mark')
      mark.textContent = text.value
      paragraph.append(mark)
    } else paragraph.append(text.value)
  })
  return paragraph
}

const filterBox = form.querySelector('.search__filters')
const selects = {}

/** One select per Pagefind filter (type, topic, country, year), labelled from the page's own UI strings. */
async function showFilters() {
  // From the build's list of every value, not Pagefind's filters(): that loads each segment's filter index.
  await load()
  for (const name of ['type', 'topic', 'country', 'year']) {
    const values = filterValues[name] ?? []
    if (values.length === 0) continue
    const label = document.createElement('label')
    label.textContent = form.dataset[`label${name[0].toUpperCase()}${name.slice(1)}`] ?? name
    const select = document.createElement('select')
    select.name = name
    select.append(new Option(form.dataset.all, ''), ...values.map((value) => new Option(value, value)))
    select.addEventListener('change', () => run(input.value))
    label.append(select)
    filterBox.append(label)
    selects[name] = select
  }
  filterBox.hidden = Object.keys(selects).length === 0
}

function chosenFilters() {
  return Object.fromEntries(Object.entries(selects).filter(([, select]) => select.value).map(([name, select]) => [name, select.value]))
}

/** Results come ten at a time: each shown result fetches its own fragment, so fewer means sooner and smaller. */
const pageSize = 10
const more = document.getElementById('search-more')
/** The query, its results not taken yet, and what was taken (shown or dropped as out of date), by result id. */
let current = { query: '', filters: {}, results: [], taken: new Set(), shown: 0, items: new Set(), other: undefined }

/** Counts every search of the page: an answer that arrives after a newer search began is dropped. */
let searches = 0

async function run(query) {
  const trimmed = query.trim()
  const search = ++searches
  mergeBatch = 1
  list.replaceChildren()
  more.hidden = true
  hideOtherLanguages()
  if (!trimmed) {
    status.textContent = ''
    return
  }
  const filters = chosenFilters()
  // The filters go in above the results: let them appear first, so the results never jump down under them.
  await filtersShown
  const answer = await (await load()).search(trimmed, { filters })
  if (search !== searches) return
  current = { query: trimmed, filters, results: answer.results, taken: new Set(), shown: 0, items: new Set(), other: undefined }
  const shown = await showNextPage(() => search === searches)
  if (search !== searches) return
  // Announced once the page is complete, so a screen reader hears the count once rather than at every result.
  showStatus(shown === 0)
  // The reader's own results stand even if other languages cannot be searched (an older release without them).
  await searchOtherLanguages(search).catch((error) => console.warn('Search in other languages failed:', error))
}

/** A count in the page's language, with the plural form its CLDR rules choose (the forms come from site/i18n). */
function counted(formsJson, count) {
  const forms = JSON.parse(formsJson)
  const lang = document.documentElement.lang
  const form = forms[`=${count}`] ?? forms[new Intl.PluralRules(lang).select(count)] ?? forms.other
  return form.replace('{count}', new Intl.NumberFormat(lang).format(count))
}

function ownCount() {
  return current.shown + current.results.filter((result) => !current.taken.has(result.id)).length
}

function showStatus(none) {
  const own = none
    ? form.dataset.noResults.replace('{query}', current.query)
    : // While older segments are unsearched, the count is a lower bound.
      counted(olderSegments.length > 0 ? form.dataset.resultsAtLeast : form.dataset.results, ownCount())
  const other = current.other === undefined ? '' : current.other > 0 ? counted(form.dataset.otherResults, current.other) : form.dataset.noOtherResults
  status.textContent = other ? `${own} ${other}` : own
}

// "All languages": a real checkbox, remembered in this browser (storage may be refused: then it lasts the page).
const allLanguages = document.getElementById('search-all-languages')
const allLanguagesKey = 'concord-search-all-languages'
try {
  allLanguages.checked = localStorage.getItem(allLanguagesKey) === 'on'
} catch {
  // Storage refused (private mode, a policy): the box starts unticked.
}
allLanguages.addEventListener('change', () => {
  try {
    localStorage.setItem(allLanguagesKey, allLanguages.checked ? 'on' : 'off')
  } catch {
    // Not remembered, still applied below.
  }
  if (current.query) run(current.query)
})

/** Fewer results than this in the reader's language and other languages are searched even when not asked for. */
const fewResults = 3
const otherSection = document.getElementById('search-other')
const otherList = document.getElementById('search-other-results')
let otherLanguages

function hideOtherLanguages() {
  otherSection.hidden = true
  otherList.replaceChildren()
}

/**
 * Other languages are searched when the reader ticked "all languages", or when their own language found few or
 * no results; never while a filter is chosen (filter values are words of the reader's language). Their indexes are
 * loaded only then, after the reader's own results are on screen, so those come as fast and as light as before.
 */
async function searchOtherLanguages(search) {
  const exhausted = olderSegments.length === 0 && ownCount() < fewResults
  if (Object.keys(current.filters).length > 0 || !(allLanguages.checked || exhausted)) return
  otherLanguages ??= import('/scripts/search-languages.js').then(({ otherLanguagesSearch }) => otherLanguagesSearch(indexFacts))
  const found = await (await otherLanguages).search(current.query, { ownItems: current.items, isCurrent })
  const ownPages = await ownPagesOf(found.map((result) => result.filters.concord_item?.[0]).filter(Boolean))
  if (search !== searches) return
  // Said only when asked for: a search of other languages the reader did not ask for and that found nothing is silent.
  current.other = found.length > 0 || allLanguages.checked ? found.length : undefined
  const names = new Intl.DisplayNames([document.documentElement.lang], { type: 'language' })
  otherList.replaceChildren(...found.map((result) => otherLanguageResult(result, names, ownPages.get(result.filters.concord_item?.[0]))))
  otherSection.hidden = found.length === 0
  showStatus(current.shown === 0)
}

/**
 * The reader's own translations of these items, by item key: a filter-only search of the reader's language (the
 * segments searched so far). Fallback pages are not indexed, so what it finds is a real translation.
 */
async function ownPagesOf(items) {
  const pages = new Map()
  if (items.length === 0) return pages
  const { results } = await (await load()).search(null, { filters: { concord_item: { any: items } } })
  for (const data of await Promise.all(results.map((result) => result.data()))) {
    const item = data.filters.concord_item?.[0]
    if (item && isCurrent(data) && !pages.has(item)) pages.set(item, data)
  }
  return pages
}

/**
 * A result found in another language: its text marked with that language and direction, labelled with the
 * language's name in the reader's language (a link to the page in that language), and leading to the reader's own
 * translation when there is one.
 */
function otherLanguageResult(result, names, ownPage) {
  const language = localeBySegment[new URL(result.url, location.href).pathname.split('/')[1]]
  const page = { tag: document.documentElement.lang, dir: document.documentElement.dir }
  const item = document.createElement('li')
  const link = document.createElement('a')
  link.href = (ownPage ?? result).url
  link.textContent = (ownPage ?? result).meta.title ?? link.href
  const heading = document.createElement('h3')
  heading.append(link)
  item.append(heading)
  if (language) {
    item.lang = language.tag
    item.dir = language.dir
    if (ownPage) {
      heading.lang = page.tag
      heading.dir = page.dir
    } else link.hreflang = language.tag
    const tag = document.createElement('a')
    tag.className = 'language-tag'
    tag.href = result.url
    tag.hreflang = language.tag
    tag.lang = page.tag
    tag.dir = page.dir
    tag.textContent = names.of(language.tag)
    const label = document.createElement('p')
    label.append(tag)
    item.append(label)
  }
  item.append(excerptNode(result.excerpt))
  return item
}

/**
 * Shows the next results, without the main index's out-of-date copies of changed pages, and returns how many it
 * showed. Their fragments are all requested at once and each result is shown as soon as it and those ranked above
 * it have arrived, so the first one does not wait for the tenth. When the segments searched so far run out, the next
 * older one is merged and the query asked again; results already taken are skipped. Stops when `stillWanted` says
 * a newer search has begun.
 */
async function showNextPage(stillWanted) {
  let count = 0
  for (;;) {
    while (count < pageSize) {
      const batch = current.results.filter((result) => !current.taken.has(result.id)).slice(0, pageSize - count)
      if (batch.length === 0) break
      for (const result of batch) current.taken.add(result.id)
      const fragments = batch.map((result) => result.data())
      for (const fragment of fragments) {
        const data = await fragment
        if (!stillWanted()) return count
        if (data.filters.concord_item) current.items.add(data.filters.concord_item[0])
        if (!isCurrent(data)) continue
        showResult(data)
        current.shown++
        count++
      }
    }
    if (count >= pageSize || olderSegments.length === 0) break
    await mergeOlderSegments()
    const { results } = await (await load()).search(current.query, { filters: current.filters })
    if (!stillWanted()) return count
    current.results = results
  }
  more.hidden = olderSegments.length === 0 && current.results.every((result) => current.taken.has(result.id))
  return count
}

function showResult(result) {
  const item = document.createElement('li')
  const link = document.createElement('a')
  link.href = result.url
  link.textContent = result.meta.title ?? result.url
  const heading = document.createElement('h2')
  heading.append(link)
  item.append(heading, excerptNode(result.excerpt))
  list.append(item)
}

more.addEventListener('click', async () => {
  const firstNew = list.children.length
  const search = searches
  await showNextPage(() => search === searches)
  if (search !== searches) return
  showStatus(current.shown === 0)
  // Keyboard and screen-reader users continue where the new results begin.
  list.children[firstNew]?.querySelector('a')?.focus()
})

// While the reader types, Pagefind fetches the index chunks of the words so far, so Enter finds most of them here.
const typingPause = 150
let typing
input.addEventListener('input', () => {
  clearTimeout(typing)
  typing = setTimeout(async () => {
    const text = input.value.trim()
    if (text) (await load()).preload(text, { filters: chosenFilters() })
  }, typingPause)
})

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const query = input.value
  history.replaceState(null, '', `?q=${encodeURIComponent(query)}`)
  run(query)
})
const filtersShown = showFilters()
const initial = new URLSearchParams(location.search).get('q')
if (initial) {
  input.value = initial
  run(initial)
}
