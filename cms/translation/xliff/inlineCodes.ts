/**
 * How spans and placeholders are written in each XLIFF version. XLIFF 2.0 uses its own `xlf:` sub-types where the
 * standard has one (bold, italic, underline, line break) and `concord:` for the rest; XLIFF 1.2 uses the standard
 * `ctype` values and `x-` extensions.
 */
import type { PlaceholderType, SpanType } from './model'

export interface Code20 {
  type: string
  subType?: string
}

export const spanCodes20: Record<SpanType, Code20> = {
  link: { type: 'link' },
  element: { type: 'other', subType: 'concord:element' },
  bold: { type: 'fmt', subType: 'xlf:b' },
  italic: { type: 'fmt', subType: 'xlf:i' },
  underline: { type: 'fmt', subType: 'xlf:u' },
  strikethrough: { type: 'fmt', subType: 'concord:strikethrough' },
  code: { type: 'fmt', subType: 'concord:code' },
  subscript: { type: 'fmt', subType: 'concord:subscript' },
  superscript: { type: 'fmt', subType: 'concord:superscript' },
  highlight: { type: 'fmt', subType: 'concord:highlight' },
  lowercase: { type: 'fmt', subType: 'concord:lowercase' },
  uppercase: { type: 'fmt', subType: 'concord:uppercase' },
  capitalize: { type: 'fmt', subType: 'concord:capitalize' },
  style: { type: 'fmt', subType: 'concord:style' },
}

export const placeholderCodes20: Record<PlaceholderType, Code20> = {
  linebreak: { type: 'fmt', subType: 'xlf:lb' },
  tab: { type: 'fmt', subType: 'concord:tab' },
  inline: { type: 'other', subType: 'concord:inline' },
}

export const spanCtypes12: Record<SpanType, string> = {
  link: 'link',
  element: 'x-element',
  bold: 'bold',
  italic: 'italic',
  underline: 'underlined',
  strikethrough: 'x-strikethrough',
  code: 'x-code',
  subscript: 'x-subscript',
  superscript: 'x-superscript',
  highlight: 'x-highlight',
  lowercase: 'x-lowercase',
  uppercase: 'x-uppercase',
  capitalize: 'x-capitalize',
  style: 'x-style',
}

export const placeholderCtypes12: Record<PlaceholderType, string> = {
  linebreak: 'lb',
  tab: 'x-tab',
  inline: 'x-inline',
}

/** Reverse lookup: the key whose value matches, or undefined. */
export function keyOf<K extends string, V>(table: Record<K, V>, matches: (value: V) => boolean): K | undefined {
  return (Object.keys(table) as K[]).find((key) => matches(table[key]))
}
