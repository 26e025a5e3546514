import type { LocaleCode } from '../locales'
import { PolylangTerms } from './polylang'
import type { SourceEntry, SourceTerm, TargetKind } from './types'
import { localeOfWordPressCode } from './wordpressLanguages'
import { wpmlOfItem } from './wpml'
import type { RawWxrItem } from './wxrReader'

const kinds: Record<string, TargetKind> = { post: 'article', page: 'page', attachment: 'media' }
/** WordPress statuses kept as drafts: not public on the old site, so not public on the new one. */
const draftStatuses = new Set(['draft', 'pending', 'future', 'private'])

/**
 * One WXR item as a source entry: posts become articles, pages pages, attachments images; anything else (menus,
 * revisions, custom types) is reported and skipped. Language and translation group come from Polylang's terms or
 * WPML's post meta; an item with neither is in `defaultLanguage`.
 */
export function wordpressEntry(
  item: RawWxrItem,
  polylang: PolylangTerms,
  defaultLanguage: LocaleCode,
): SourceEntry | { sourceId: string; skip: string } {
  const field = (name: string) => item.fields[name] ?? ''
  const postId = field('wp:post_id').trim()
  const type = field('wp:post_type').trim()
  const sourceId = postId ? `post:${postId}` : `line:${item.line}`
  if (!postId) return { sourceId, skip: `the item at line ${item.line} has no <wp:post_id>` }
  const kind = kinds[type]
  if (!kind) return { sourceId, skip: `post type "${type || 'none'}" is not imported (posts, pages and attachments are)` }

  const fromPlugin = polylang.present ? polylang.ofItem(item) : wpmlOfItem(item)
  const sourceLanguage = fromPlugin.language
  const locale = sourceLanguage ? localeOfWordPressCode(sourceLanguage) : defaultLanguage
  const status = field('wp:status').trim()
  const terms: SourceTerm[] = item.categories
    .filter((category) => category.domain === 'category' || category.domain === 'post_tag')
    .map((category) => ({ taxonomy: category.domain, slug: category.nicename, name: category.name }))

  return {
    sourceId,
    kind,
    sourceLanguage,
    locale,
    group: fromPlugin.group ?? `post:${postId}`,
    title: field('title').trim(),
    slug: decodeSlug(field('wp:post_name').trim()),
    html: field('content:encoded'),
    excerpt: field('excerpt:encoded').trim() || undefined,
    status: kind === 'media' || status === 'publish' ? 'published' : draftStatuses.has(status) ? 'draft' : { skip: `status "${status || 'none'}"` },
    publishedAt: wordpressDate(field('wp:post_date_gmt')) ?? wordpressDate(field('wp:post_date')) ?? rssDate(field('pubDate')),
    link: field('link').trim() || undefined,
    author: field('dc:creator').trim() || undefined,
    terms,
    featuredImage: item.meta._thumbnail_id ? `post:${item.meta._thumbnail_id.trim()}` : undefined,
    attachment:
      kind === 'media'
        ? {
            file: item.meta._wp_attached_file?.trim() || undefined,
            url: field('wp:attachment_url').trim() || undefined,
            alt: item.meta._wp_attachment_image_alt?.trim() || undefined,
          }
        : undefined,
  }
}

/** WordPress stores non-ASCII slugs percent-encoded (`%e6%96%b0`); a malformed one is kept as written. */
function decodeSlug(slug: string): string | undefined {
  if (!slug) return undefined
  try {
    return decodeURIComponent(slug)
  } catch {
    return slug
  }
}

/** `2019-05-14 09:30:00` (GMT when from `post_date_gmt`); WordPress writes `0000-00-00 00:00:00` for "never". */
function wordpressDate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim())
  if (!match || match[1] === '0000') return undefined
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

function rssDate(value: string): string | undefined {
  if (!value.trim()) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
