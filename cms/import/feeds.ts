import fs from 'node:fs'

import { parseFeed } from '@rowanmanning/feed-parser'

import type { LocaleCode } from '../locales'
import { ImportFileError } from './importFileError'
import type { ImportReport } from './report'
import type { SourceEntry } from './types'

/** One feed of the site, in one language: `--feed fr=actualites.xml`. */
export interface FeedSource {
  locale: LocaleCode
  file: string
}

/** A feed is read whole (the parser takes a string); feeds are small, and this bounds a hostile one. */
const maxFeedBytes = 64 * 1024 * 1024

/**
 * Reads RSS and Atom feeds with @rowanmanning/feed-parser (maintained, lenient with real-world feeds), one per
 * language, into source entries (articles, published). Items are translations of one another when the mapping file
 * says so: a JSON array of groups, each a list of item ids or links (`[["https://old/en/a", "https://old/fr/a"]]`);
 * without it every item is its own article. An item's id is its `<guid>`/`<id>`, else its link.
 */
export async function readFeeds(
  feeds: FeedSource[],
  mappingFile: string | undefined,
  add: (entry: SourceEntry) => void,
  report: ImportReport,
): Promise<{ system: string; siteUrl?: string }> {
  const groups = readMapping(mappingFile)
  let siteUrl: string | undefined
  for (const { locale, file } of feeds) {
    const size = fs.statSync(file).size
    if (size > maxFeedBytes) throw new ImportFileError(`${file}: the feed is larger than 64 MB`)
    let feed: ReturnType<typeof parseFeed>
    try {
      feed = parseFeed(fs.readFileSync(file, 'utf8'))
    } catch (error) {
      throw new ImportFileError(`${file}: not an RSS or Atom feed (${(error as Error).message})`)
    }
    siteUrl ??= feed.url ?? undefined
    for (const item of feed.items) {
      const id = item.id ?? item.url
      if (!id) {
        report.add({ sourceId: `feed:${file}#${feed.items.indexOf(item) + 1}`, outcome: 'error', reason: 'the item has neither an id nor a link' })
        continue
      }
      const sourceId = `item:${id}`
      const group = groups.get(id) ?? (item.url ? groups.get(item.url) : undefined)
      const published = item.published ?? item.updated
      add({
        sourceId,
        kind: 'article',
        locale,
        sourceLanguage: feed.language ?? locale,
        group: group === undefined ? sourceId : `mapping:${group}`,
        title: item.title?.trim() ?? '',
        html: item.content ?? item.description ?? '',
        excerpt: item.content && item.description ? item.description : undefined,
        status: 'published',
        publishedAt: published ? published.toISOString() : undefined,
        link: item.url ?? undefined,
        author: item.authors.find((author) => author.name)?.name ?? undefined,
        terms: item.categories.map((category) => ({ taxonomy: 'feed', slug: category.term, name: category.label ?? category.term })),
      })
    }
  }
  return { system: `feed:${siteUrl ? new URL(siteUrl).origin : 'feeds'}`, siteUrl }
}

function readMapping(file: string | undefined): Map<string, number> {
  const groups = new Map<string, number>()
  if (!file) return groups
  let value: unknown
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ImportFileError(`${file}: the mapping is not JSON (${(error as Error).message})`)
  }
  if (!Array.isArray(value) || !value.every((group) => Array.isArray(group) && group.every((id) => typeof id === 'string'))) {
    throw new ImportFileError(`${file}: the mapping must be a JSON array of groups, each an array of item ids or links`)
  }
  ;(value as string[][]).forEach((group, index) => group.forEach((id) => groups.set(id, index)))
  return groups
}
