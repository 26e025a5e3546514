/**
 * The exchange model shared by the XLIFF 2.0 and 1.2 writers and readers: documents → units (one per localized
 * field) → segments (one per text block of rich text; one for a plain text field) → inline content.
 */

/** Formatting and links that wrap text (XLIFF 2.0 `<pc>`, 1.2 `<g>`). */
export const spanTypes = [
  'link',
  'element',
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'code',
  'subscript',
  'superscript',
  'highlight',
  'lowercase',
  'uppercase',
  'capitalize',
  'style',
] as const
export type SpanType = (typeof spanTypes)[number]

/** Things in running text that are not text (XLIFF 2.0 `<ph>`, 1.2 `<x>`). */
export const placeholderTypes = ['linebreak', 'tab', 'inline'] as const
export type PlaceholderType = (typeof placeholderTypes)[number]

export interface InlineSpan {
  kind: 'span'
  id: string
  type: SpanType
  children: InlineContent
}

export interface InlinePlaceholder {
  kind: 'placeholder'
  id: string
  type: PlaceholderType
}

export type InlineNode = string | InlineSpan | InlinePlaceholder
export type InlineContent = InlineNode[]

export interface ExchangeSegment {
  id: string
  source: InlineContent
  target?: InlineContent
}

export interface ExchangeUnit {
  /** The field path in the document (`title`, `seo.metaTitle`, `layout.<rowId>.content`). */
  id: string
  /** Hash of the source at export time; an import refuses the unit when the current source hashes differently. */
  sourceHash: string
  segments: ExchangeSegment[]
}

export interface ExchangeFile {
  collection: string
  documentId: string
  units: ExchangeUnit[]
}

export type XliffVersion = '2.0' | '1.2'

export interface ExchangeDocument {
  version: XliffVersion
  /** BCP 47 tags, as the registry's `tag`. */
  sourceLanguage: string
  targetLanguage: string
  files: ExchangeFile[]
}

/** The text of inline content without its markup. */
export function plainText(content: InlineContent): string {
  return content
    .map((node) => (typeof node === 'string' ? node : node.kind === 'span' ? plainText(node.children) : ''))
    .join('')
}

/** Something wrong in a file being imported, located as precisely as possible. */
export interface ExchangeProblem {
  /** `collection/id` of the document. */
  document?: string
  unit?: string
  segment?: string
  reason: string
}

/** The namespace of Concord's own attributes in exchange files (`concord:sourceHash`). */
export const concordNamespace = 'urn:concord:xliff'
