/**
 * Source-language titles of list rows that have none in the edited locale, fetched in one REST request per list
 * (the ids of every row a render asks for, gathered until the next task) rather than one per row, and kept briefly.
 */
const keepForMs = 30_000
const cache = new Map<string, { at: number; title: Promise<string | undefined> }>()
const batches = new Map<string, Map<string, (title: string | undefined) => void>>()

interface TitleQuery {
  api: string
  collection: string
  field: string
  locale: string
  id: number | string
}

async function flush(batchKey: string, query: Omit<TitleQuery, 'id'>) {
  const waiting = batches.get(batchKey)
  batches.delete(batchKey)
  if (!waiting) return
  const ids = [...waiting.keys()]
  const params = new URLSearchParams({
    depth: '0',
    draft: 'true',
    locale: query.locale,
    limit: String(ids.length),
    [`select[${query.field}]`]: 'true',
    'where[id][in]': ids.join(','),
  })
  const titles = new Map<string, string>()
  try {
    const response = await fetch(`${query.api}/${query.collection}?${params}`, { credentials: 'include', headers: { Accept: 'application/json' } })
    if (response.ok) {
      const { docs } = (await response.json()) as { docs: Record<string, unknown>[] }
      for (const doc of docs) {
        const title = doc[query.field]
        if (typeof title === 'string' && title) titles.set(String(doc.id), title)
      }
    }
  } finally {
    for (const [id, resolve] of waiting) resolve(titles.get(id))
  }
}

/** The title of one document in `locale` (the source language), batched with the other rows of the same list. */
export function sourceTitle(query: TitleQuery): Promise<string | undefined> {
  const batchKey = [query.api, query.collection, query.field, query.locale].join('|')
  const key = `${batchKey}|${query.id}`
  const cached = cache.get(key)
  if (cached && Date.now() - cached.at < keepForMs) return cached.title
  const title = new Promise<string | undefined>((resolve) => {
    let batch = batches.get(batchKey)
    if (!batch) {
      batch = new Map()
      batches.set(batchKey, batch)
      setTimeout(() => void flush(batchKey, query), 0)
    }
    batch.set(String(query.id), resolve)
  })
  cache.set(key, { at: Date.now(), title })
  return title
}
