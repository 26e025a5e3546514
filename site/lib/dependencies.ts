/**
 * What a rendered page read, so a publish re-renders only the pages it affects.
 *
 * While the renderer renders a route, every read of an item's short fields records `item:<collection>:<id>`, of its
 * long fields or modification date `page:<collection>:<id>` (a text edit re-renders the item's pages, not every list
 * showing its card), and every
 * question about a set of items (the newest four articles, page 3 of the news list, what is tagged with a topic)
 * records the question's key with a signature of its answer. After a publish, a page is re-rendered when an item it
 * read changed or a question it asked has a different answer now. Reads outside a render (the route table itself)
 * are not recorded.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash } from 'node:crypto'

export interface RenderTrace {
  /** Item keys and query keys the page depended on. */
  reads: Set<string>
  /** The answer signature of each query key the page asked. */
  queries: Map<string, string>
}

const current = new AsyncLocalStorage<RenderTrace | undefined>()

export function traceRender<T>(render: () => Promise<T>): Promise<{ result: T; trace: RenderTrace }> {
  const trace: RenderTrace = { reads: new Set(), queries: new Map() }
  return current.run(trace, async () => ({ result: await render(), trace }))
}

export function recordRead(key: string) {
  if (answering > 0 && isPageKey(key)) {
    throw new Error(`A query read ${key}: a query may read only what item cards hold (site/lib/content/queryRegistry.ts).`)
  }
  current.getStore()?.reads.add(key)
}

/** Queries being answered now: what they read must be card halves (the renderer relies on it, renderSite.ts). */
let answering = 0

/** Runs a query's answer (and its signature), refusing reads of what only items' own pages show. */
export function answerQuery<T>(answer: () => T): T {
  answering++
  try {
    return answer()
  } finally {
    answering--
  }
}

/** Runs `answer` untraced (its own item reads are summarised by the query's signature) and records the query. */
export function recordQuery<T>(key: string, answer: () => T, signatureOf: (result: T) => unknown): T {
  const trace = current.getStore()
  if (!trace) return answer()
  const { result, signed } = answerQuery(() => {
    const result = current.run(undefined, answer)
    return { result, signed: signatureOf(result) }
  })
  trace.reads.add(key)
  trace.queries.set(key, signature(signed))
  return result
}

export function signature(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value) ?? '').digest('base64url').slice(0, 16)
}

/** Depends on what an item's list entry shows: its locales, short fields and outdated translations. */
export const itemKey = (collection: string, id: unknown) => `item:${collection}:${String(id)}`
/** Depends on what only the item's own page and dated outputs read: its long fields and `updatedAt`. */
export const itemPageKey = (collection: string, id: unknown) => `page:${collection}:${String(id)}`
export const isPageKey = (key: string) => key.startsWith('page:')
/** Depends on every item of a collection and on which items it has. */
export const collectionKey = (collection: string) => `all:${collection}`

/** Runs `read` without recording anything (reads that a query's signature already covers). */
export function withoutTrace<T>(read: () => T): T {
  return current.getStore() ? current.run(undefined, read) : read()
}
