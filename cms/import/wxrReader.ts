import fs from 'node:fs'

import { SaxesParser } from 'saxes'

import { ImportFileError } from './importFileError'

/** One `<item>` of a WXR file, as written: text fields by element name, post meta, and its terms. */
export interface RawWxrItem {
  fields: Record<string, string>
  meta: Record<string, string>
  /** `<category domain="…" nicename="…">name</category>`. */
  categories: { domain: string; nicename: string; name: string }[]
  /** Where the item starts in the file, for messages. */
  line: number
}

/** A channel-level term (`<wp:category>`, `<wp:tag>`, `<wp:term>`): its fields by element name. */
export type RawWxrTerm = Record<string, string>

export interface WxrHandlers {
  onSiteUrl?: (url: string) => void
  onTerm?: (kind: 'wp:category' | 'wp:tag' | 'wp:term', term: RawWxrTerm) => void
  onAuthor?: (author: RawWxrTerm) => void
  onItem: (item: RawWxrItem) => void
  /** An item too large to keep: reported by the caller, the rest goes on. */
  onOversizedItem?: (line: number, postId: string | undefined) => void
}

/** Elements nest at most this deep: WXR needs 5; a deeper file is not a WordPress export (or is hostile). */
const maxDepth = 64
/** One item's text (mostly its HTML) may be at most this many characters; larger ones are reported and skipped. */
export const maxItemCharacters = 16 * 1024 * 1024
const channelTerms = new Set(['wp:category', 'wp:tag', 'wp:term'])

/**
 * Streams a WordPress export (WXR) with saxes, a maintained non-validating XML parser that works in one pass and
 * keeps only the current item in memory, so an archive of any size is read in bounded memory. Calls the handlers as
 * each channel term, author and item ends. A file that is not well-formed XML, or not a WXR file, throws
 * `ImportFileError` with the line and the reason.
 */
export async function readWxr(file: string, handlers: WxrHandlers): Promise<void> {
  const parser = new SaxesParser({ position: true })
  const stack: string[] = []
  let sawRss = false
  let sawChannel = false
  let item: RawWxrItem | undefined
  let itemSize = 0
  let oversized = false
  let term: RawWxrTerm | undefined
  let termKind: 'wp:category' | 'wp:tag' | 'wp:term' | undefined
  let author: RawWxrTerm | undefined
  let meta: { key: string; value: string } | undefined
  let category: { domain: string; nicename: string; name: string } | undefined
  let text = ''

  const fail = (reason: string): never => {
    throw new ImportFileError(`${file}: line ${parser.line}, column ${parser.column}: ${reason}`)
  }

  parser.on('error', (error) => fail(error.message.replace(/^[^:]*:\d+:\d+: /, '')))
  parser.on('opentag', (tag) => {
    stack.push(tag.name)
    if (stack.length > maxDepth) fail(`elements nest deeper than ${maxDepth} levels`)
    text = ''
    if (stack.length === 1) {
      if (tag.name !== 'rss') fail(`this is not a WordPress export (WXR): the root element is <${tag.name}>, not <rss>`)
      sawRss = true
    } else if (tag.name === 'channel' && stack.length === 2) sawChannel = true
    else if (tag.name === 'item' && stack.length === 3) {
      item = { fields: {}, meta: {}, categories: [], line: parser.line }
      itemSize = 0
      oversized = false
    } else if (item && tag.name === 'wp:postmeta') meta = { key: '', value: '' }
    else if (item && tag.name === 'category' && stack.length === 4) {
      const attribute = (name: string) => String(tag.attributes[name] ?? '')
      category = { domain: attribute('domain'), nicename: attribute('nicename'), name: '' }
    } else if (!item && stack.length === 3 && channelTerms.has(tag.name)) {
      term = {}
      termKind = tag.name as typeof termKind
    } else if (!item && stack.length === 3 && tag.name === 'wp:author') author = {}
  })
  const addText = (value: string) => {
    if (item) {
      itemSize += value.length
      if (itemSize > maxItemCharacters) {
        oversized = true
        return
      }
    } else if (text.length + value.length > maxItemCharacters) fail('a channel element is larger than 16 MB')
    text += value
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('closetag', (tag) => {
    const name = tag.name
    const depth = stack.length
    stack.pop()
    if (item) {
      if (name === 'item' && depth === 3) {
        if (oversized) handlers.onOversizedItem?.(item.line, item.fields['wp:post_id'])
        else handlers.onItem(item)
        item = undefined
      } else if (meta && name === 'wp:meta_key') meta.key = text.trim()
      else if (meta && name === 'wp:meta_value') meta.value = text
      else if (meta && name === 'wp:postmeta') {
        if (meta.key) item.meta[meta.key] = meta.value
        meta = undefined
      } else if (category && name === 'category') {
        category.name = text.trim()
        item.categories.push(category)
        category = undefined
      } else if (depth === 4) item.fields[name] = text
    } else if (term && depth === 3 && name === termKind) {
      handlers.onTerm?.(termKind, term)
      term = undefined
    } else if (term && depth === 4) term[name] = text.trim()
    else if (author && depth === 3 && name === 'wp:author') {
      handlers.onAuthor?.(author)
      author = undefined
    } else if (author && depth === 4) author[name] = text.trim()
    else if (depth === 3 && name === 'wp:base_site_url') handlers.onSiteUrl?.(text.trim())
    text = ''
  })

  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })
  try {
    for await (const chunk of stream) parser.write(chunk as string)
    parser.close()
  } catch (error) {
    stream.destroy()
    if (error instanceof ImportFileError) throw error
    throw new ImportFileError(`${file}: ${(error as Error).message}`)
  }
  if (!sawRss || !sawChannel) throw new ImportFileError(`${file}: this is not a WordPress export (WXR): it has no <rss><channel>`)
}
