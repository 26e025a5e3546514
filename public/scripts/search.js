// Progressive search over the Pagefind index of the page's language (Pagefind picks it from <html lang>).
// A plain file rather than an inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
const form = document.querySelector('[data-search]')
const input = document.getElementById('search-input')
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
let pagefind
document.querySelector('[data-search-fallback]')?.setAttribute('hidden', '')

let superseded = new Set()
/** Older segments of this language's index not merged yet (newest first), and every filter value over all of them. */
let olderSegments = []
let filterValues = {}

/**
 * The newest segment of this language's index, found by Pagefind from <html lang>, plus, after publishes since the
 * last full build, the small index of the pages changed since (`/pagefind-delta/`). The main index still holds the
 * older copies of those pages and the removed ones: results for those addresses are taken from the delta index only.
 * Older segments (`/pagefind/concord-search.json`) are merged one at a time when a reader wants more results.
 */
function load() {
  // One promise: the filters and the first search both ask at page load, and the delta must be merged once.
  pagefind ??= open()
  return pagefind
}

async function open() {
  const json = (url) => fetch(url).then((response) => (response.ok ? response.json() : undefined), () => undefined)
  const [main, manifest, delta] = await Promise.all([import('/pagefind/pagefind.js'), json('/pagefind/concord-search.json'), json('/pagefind-delta/superseded.json')])
  const lang = document.documentElement.lang.toLowerCase()
  // Pagefind's own rule: the exact language, else its primary subtag.
  const key = manifest?.filters?.[lang] ? lang : lang.split('-')[0]
  olderSegments = [...(manifest?.segments?.[key] ?? [])]
  filterValues = manifest?.filters?.[key] ?? {}
  if (delta) {
    superseded = new Set(delta.superseded)
    for (const [name, values] of Object.entries(delta.filters?.[lang] ?? delta.filters?.[key] ?? {})) {
      filterValues[name] = [...new Set([...(filterValues[name] ?? []), ...values])].sort()
    }
    const entry = delta.delta ? await fetch('/pagefind-delta/pagefind-entry.json').then((response) => response.json()) : undefined
    // Merged only when it has this language: Pagefind would otherwise fall back to another language's pages.
    if (entry?.languages?.[lang] ?? entry?.languages?.[key]) await main.mergeIndex('/pagefind-delta/')
  }
  return main
}

/**
 * Merges the next older segment. It lives in the same folder as the primary index; Pagefind skips a merge of the
 * primary's own path, so it is given as a full URL (the same files, already in the browser's cache).
 */
async function mergeOlderSegment() {
  const language = olderSegments.shift()
  await (await load()).mergeIndex(new URL('/pagefind/', location.href).href, { language, baseUrl: '/' })
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
let current = { query: '', filters: {}, results: [], taken: new Set(), shown: 0 }

async function run(query) {
  const trimmed = query.trim()
  list.replaceChildren()
  more.hidden = true
  if (!trimmed) {
    status.textContent = ''
    return
  }
  const filters = chosenFilters()
  const search = await (await load()).search(trimmed, { filters })
  current = { query: trimmed, filters, results: search.results, taken: new Set(), shown: 0 }
  const shown = await nextPage()
  // The filters go in above the results: let them appear first, so the results never jump down under them.
  await filtersShown
  showStatus(shown.length === 0)
  show(shown)
}

function showStatus(none) {
  if (none) {
    status.textContent = form.dataset.noResults.replace('{query}', current.query)
    return
  }
  const count = String(current.shown + current.results.filter((result) => !current.taken.has(result.id)).length)
  // While older segments are unsearched, the count is a lower bound.
  status.textContent = (olderSegments.length > 0 ? form.dataset.resultsAtLeast : form.dataset.results).replace('{count}', count)
}

/**
 * The next results to show, without the main index's out-of-date copies of changed pages. When the segments
 * searched so far run out, the next older one is merged and the query asked again; results already taken are skipped.
 */
async function nextPage() {
  const page = []
  for (;;) {
    while (page.length < pageSize) {
      const batch = current.results.filter((result) => !current.taken.has(result.id)).slice(0, pageSize - page.length)
      if (batch.length === 0) break
      for (const result of batch) current.taken.add(result.id)
      for (const data of await Promise.all(batch.map((result) => result.data()))) {
        if (isCurrent(data)) page.push(data)
      }
    }
    if (page.length >= pageSize || olderSegments.length === 0) break
    await mergeOlderSegment()
    current.results = (await (await load()).search(current.query, { filters: current.filters })).results
  }
  current.shown += page.length
  return page
}

function show(results) {
  for (const result of results) {
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = result.url
    link.textContent = result.meta.title ?? result.url
    const heading = document.createElement('h2')
    heading.append(link)
    item.append(heading, excerptNode(result.excerpt))
    list.append(item)
  }
  more.hidden = olderSegments.length === 0 && current.results.every((result) => current.taken.has(result.id))
}

more.addEventListener('click', async () => {
  const firstNew = list.children.length
  const page = await nextPage()
  showStatus(current.shown === 0)
  show(page)
  // Keyboard and screen-reader users continue where the new results begin.
  list.children[firstNew]?.querySelector('a')?.focus()
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
