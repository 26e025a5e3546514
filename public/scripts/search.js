// Progressive search over the Pagefind index of the page's language (Pagefind picks it from <html lang>).
// A plain file rather than an inline script, so the Content-Security-Policy needs no 'unsafe-inline'.
const form = document.querySelector('[data-search]')
const input = document.getElementById('search-input')
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
let pagefind
document.querySelector('[data-search-fallback]')?.setAttribute('hidden', '')

let superseded = new Set()

/**
 * The main index plus, after publishes since the last full build, the small index of the pages changed since
 * (`/pagefind-delta/`). The main index still holds the older copies of those pages and the removed ones: results
 * for those addresses are taken from the delta index only.
 */
function load() {
  // One promise: the filters and the first search both ask at page load, and the delta must be merged once.
  pagefind ??= open()
  return pagefind
}

async function open() {
  const main = await import('/pagefind/pagefind.js')
  const delta = await fetch('/pagefind-delta/superseded.json').then((response) => (response.ok ? response.json() : undefined), () => undefined)
  if (delta) {
    superseded = new Set(delta.superseded)
    const language = document.documentElement.lang.toLowerCase()
    const entry = delta.delta ? await fetch('/pagefind-delta/pagefind-entry.json').then((response) => response.json()) : undefined
    // Merged only when it has this language: Pagefind would otherwise fall back to another language's pages.
    if (entry?.languages?.[language]) await main.mergeIndex('/pagefind-delta/')
  }
  return main
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
  const available = await (await load()).filters()
  for (const name of ['type', 'topic', 'country', 'year']) {
    const values = Object.keys(available[name] ?? {}).sort()
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
let current = { results: [], offset: 0, dropped: 0 }

async function run(query) {
  const trimmed = query.trim()
  list.replaceChildren()
  more.hidden = true
  if (!trimmed) {
    status.textContent = ''
    return
  }
  const search = await (await load()).search(trimmed, { filters: chosenFilters() })
  current = { results: search.results, offset: 0, dropped: 0 }
  const shown = await nextPage()
  // The filters go in above the results: let them appear first, so the results never jump down under them.
  await filtersShown
  status.textContent = shown.length
    ? form.dataset.results.replace('{count}', String(current.results.length - current.dropped))
    : form.dataset.noResults.replace('{query}', trimmed)
  show(shown)
}

/** The next results to show, without the main index's out-of-date copies of changed pages. */
async function nextPage() {
  const page = []
  while (page.length < pageSize && current.offset < current.results.length) {
    const batch = current.results.slice(current.offset, current.offset + pageSize - page.length)
    current.offset += batch.length
    for (const data of await Promise.all(batch.map((result) => result.data()))) {
      if (isCurrent(data)) page.push(data)
      else current.dropped++
    }
  }
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
  more.hidden = current.offset >= current.results.length
}

more.addEventListener('click', async () => {
  const firstNew = list.children.length
  show(await nextPage())
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
