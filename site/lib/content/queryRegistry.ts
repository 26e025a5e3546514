import { answerQuery, recordQuery, signature, withoutTrace } from '../dependencies'

const queries = new Map<string, (...args: never[]) => { result: unknown; signed: unknown }>()

/**
 * A question about a set of items whose answer a page depends on. The key names the question and its arguments, so
 * after a publish the renderer can ask it again (`querySignature`) and re-render only the pages whose answer changed.
 * An answer may read only what item cards hold (the loaded lists, never `updatedAt` or long fields): a publish that
 * changed only items' own pages then changes no answer, and the renderer does not ask again. A read of those fields
 * while answering throws.
 */
export function defineQuery<Args extends (string | number)[], Result>(
  name: string,
  answer: (...args: Args) => Result,
  signed: (result: Result) => unknown,
): (...args: Args) => Result {
  queries.set(name, ((...args: Args) => {
    const result = answer(...args)
    return { result, signed: signed(result) }
  }) as never)
  return (...args: Args) => recordQuery(`q:${name}:${JSON.stringify(args)}`, () => answer(...args), signed)
}

/** The current answer signature of a recorded query key; undefined when the key is not a known query. */
export function querySignature(key: string): string | undefined {
  const match = /^q:([^:]+):(.*)$/.exec(key)
  const query = match && queries.get(match[1])
  if (!query) return undefined
  return signature(withoutTrace(() => answerQuery(() => query(...(JSON.parse(match[2]) as never[])).signed)))
}
