/**
 * Reusing search index segments between full builds: a segment is keyed by a hash of exactly what Pagefind reads
 * from its pages, and a build whose segment has the key of one in the previous release links that segment's files
 * instead of indexing its pages again (after a change to the site's code alone, the text of the pages is the same).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'
import { type ReleaseView, resolveReleaseFile } from '../../publishing/releases/releases'

/** What a release records of one segment, under its key, for the next build to reuse. */
export interface SegmentRecord {
  /** The segment's files, relative to `/pagefind/` (Pagefind writes each name with a hash of its content). */
  files: string[]
  /** The segment's own `pagefind-entry.json`. */
  entry: string
}

/** Bumped when what this module or searchIndex.ts makes of a segment changes, so older records are not reused. */
const recordFormat = 1

const pagefindVersion = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version

/**
 * Tags Pagefind 1.6 takes nothing from: a `<link>`, or a `<script>` with no content, without an `id` (an anchor),
 * a `data-pagefind-*` attribute or a reference to `_pagefind` (its check for pre-1.0 bundles). They carry the hashed
 * names of the stylesheets and scripts, which change with any change to them; the indexed text does not.
 */
const ignoredTag = /<link\b[^>]*>|<script\b[^>]*><\/script>/gi
const readAttribute = /\sid\s*=|data-pagefind|_pagefind/i
/**
 * Structured data (site/lib/jsonLd.ts): Pagefind indexes no script's text, and it carries the item's modification
 * date, which changes every locale's page of an item when one of its translations is edited. Two pages differing
 * only there come out of Pagefind byte for byte the same (checked in tests/unit/searchSegments.test.ts).
 */
const structuredData = /<script\b[^>]*\btype="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/gi

/** The page as Pagefind reads it: the HTML without the tags it ignores. */
export function indexedText(html: string): string {
  return html
    .replace(ignoredTag, (tag) => (readAttribute.test(tag) ? tag : ''))
    .replace(structuredData, (element) => (readAttribute.test(element) ? element : ''))
}

/** The key of a segment: Pagefind's version, its options, and the address and indexed text of each page, in order. */
export function segmentKey(options: object, pages: { url: string; html: string }[]): string {
  const hash = createHash('sha256').update(JSON.stringify({ recordFormat, pagefindVersion, options }))
  for (const page of pages) hash.update('\0').update(page.url).update('\0').update(indexedText(page.html))
  return hash.digest('base64url')
}

/**
 * Puts the previous release's copy of a segment into `staging`, as Pagefind would have written it: hard links to
 * its files (releases are never written into) and its entry. `folder` is the index's folder in the release (the main
 * index, or the publish layer's). Returns false, leaving `staging` absent, when any file is missing.
 */
export function linkSegment(previous: ReleaseView, record: SegmentRecord, staging: string, folder = 'pagefind'): boolean {
  const sources = record.files.map((file) => resolveReleaseFile(previous, `${folder}/${file}`))
  if (sources.some((source) => !source)) return false
  for (const [index, file] of record.files.entries()) {
    const target = path.join(staging, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.linkSync(sources[index]!, target)
  }
  fs.writeFileSync(path.join(staging, 'pagefind-entry.json'), record.entry)
  return true
}

/** The record of a segment as written in `staging`. */
export function recordSegment(staging: string): SegmentRecord {
  const files = fs
    .readdirSync(staging, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'pagefind-entry.json')
    .map((entry) => path.relative(staging, path.join(entry.parentPath, entry.name)))
    .sort()
  return { files, entry: fs.readFileSync(path.join(staging, 'pagefind-entry.json'), 'utf8') }
}
