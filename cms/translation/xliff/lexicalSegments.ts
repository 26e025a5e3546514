/**
 * Lexical rich text ↔ translation segments.
 *
 * Every run of running text in a block (paragraph, heading, quote, list item, table cell…) becomes one segment.
 * Formatting and links become spans and line breaks, tabs and inline blocks become placeholders, each with an id
 * unique in the field. The block structure itself (block types, list nesting, uploads, alignment, link targets) is
 * never sent out: an import rebuilds the field from the current source, replacing only the text runs, so a
 * translation can change words and move markup but cannot break the structure.
 */
import type { InlineContent, InlineNode, InlineSpan, PlaceholderType, SpanType } from './model'

export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  [key: string]: unknown
}

export interface LexicalRoot {
  root: LexicalNode
}

/** Where a span or placeholder id came from in the source, to rebuild it around translated text. */
export type InlineOrigin =
  | { kind: 'span'; type: SpanType; node?: LexicalNode; style?: string; format?: number }
  | { kind: 'placeholder'; type: PlaceholderType; node: LexicalNode }

export interface SourceSegments {
  segments: InlineContent[]
  /** Span and placeholder ids of the whole field, with their source. */
  origins: Map<string, InlineOrigin>
}

/** Lexical text format bits (lexical/LexicalConstants), in the order their spans nest (outermost first). */
const formatBits: [SpanType, number][] = [
  ['bold', 1],
  ['italic', 2],
  ['underline', 8],
  ['strikethrough', 4],
  ['code', 16],
  ['subscript', 32],
  ['superscript', 64],
  ['highlight', 128],
  ['lowercase', 256],
  ['uppercase', 512],
  ['capitalize', 1024],
]
const formatBitOf = new Map(formatBits)

const inlineElementTypes = new Set(['link', 'autolink'])
const inlineLeafTypes = new Set(['text', 'linebreak', 'tab', 'inlineBlock'])

function isInline(node: LexicalNode): boolean {
  return inlineLeafTypes.has(node.type) || inlineElementTypes.has(node.type)
}

function hasText(nodes: LexicalNode[]): boolean {
  return nodes.some((node) =>
    node.type === 'text' ? String(node.text ?? '').trim() !== '' : Boolean(node.children && hasText(node.children)),
  )
}

/**
 * Walks the tree and calls `replace` for every run of inline nodes that carries text, in document order; the run is
 * replaced by what `replace` returns. Returns a new tree (the input is left untouched).
 */
function mapTextRuns(
  node: LexicalNode,
  replace: (run: LexicalNode[]) => LexicalNode[] | undefined,
  replacedDirection?: string,
): LexicalNode {
  if (!node.children || isInline(node)) return node
  const children: LexicalNode[] = []
  let run: LexicalNode[] = []
  let replaced = false
  const flush = () => {
    if (run.length === 0) return
    const replacement = hasText(run) ? replace(run) : undefined
    if (replacement) replaced = true
    children.push(...(replacement ?? run))
    run = []
  }
  for (const child of node.children) {
    if (isInline(child)) {
      run.push(child)
    } else {
      flush()
      children.push(mapTextRuns(child, replace, replacedDirection))
    }
  }
  flush()
  // A block whose text was translated takes the direction of the translation's script.
  return replaced && replacedDirection ? { ...node, children, direction: replacedDirection } : { ...node, children }
}

/** Splits rich text into segments with inline markup, numbering spans and placeholders across the field. */
export function lexicalToSegments(value: LexicalRoot): SourceSegments {
  const segments: InlineContent[] = []
  const origins = new Map<string, InlineOrigin>()
  let nextId = 1
  mapTextRuns(value.root, (run) => {
    segments.push(
      buildInline(flatten(run, []), 0, (origin) => {
        const id = String(nextId++)
        origins.set(id, origin)
        return id
      }),
    )
    return undefined
  })
  return { segments, origins }
}

/** A leaf of running text with the wrappers around it, outermost first. */
interface Leaf {
  node: LexicalNode
  wrappers: Wrapper[]
}

interface Wrapper {
  /** Two neighbours share a span when their wrappers at the same depth have the same identity. */
  identity: unknown
  origin: Extract<InlineOrigin, { kind: 'span' }>
}

function flatten(nodes: LexicalNode[], outer: Wrapper[]): Leaf[] {
  return nodes.flatMap((node): Leaf[] => {
    if (inlineElementTypes.has(node.type)) {
      const { children, ...withoutChildren } = node
      const wrapper: Wrapper = { identity: node, origin: { kind: 'span', type: 'link', node: withoutChildren as LexicalNode } }
      return flatten(children ?? [], [...outer, wrapper])
    }
    if (node.type !== 'text') return [{ node, wrappers: outer }]
    const format = Number(node.format ?? 0)
    const wrappers = [...outer]
    for (const [type, bit] of formatBits) {
      if (format & bit) wrappers.push({ identity: type, origin: { kind: 'span', type, format: bit } })
    }
    const style = String(node.style ?? '')
    if (style) wrappers.push({ identity: `style:${style}`, origin: { kind: 'span', type: 'style', style } })
    return [{ node, wrappers }]
  })
}

function placeholderType(node: LexicalNode): PlaceholderType {
  if (node.type === 'linebreak') return 'linebreak'
  if (node.type === 'tab') return 'tab'
  return 'inline'
}

function buildInline(leaves: Leaf[], depth: number, newId: (origin: InlineOrigin) => string): InlineContent {
  const content: InlineContent = []
  let index = 0
  while (index < leaves.length) {
    const leaf = leaves[index]
    const wrapper = leaf.wrappers[depth]
    if (!wrapper) {
      if (leaf.node.type === 'text') appendText(content, String(leaf.node.text ?? ''))
      else {
        const type = placeholderType(leaf.node)
        content.push({ kind: 'placeholder', id: newId({ kind: 'placeholder', type, node: leaf.node }), type })
      }
      index++
      continue
    }
    let end = index + 1
    while (end < leaves.length && leaves[end].wrappers[depth]?.identity === wrapper.identity) end++
    const id = newId(wrapper.origin)
    content.push({ kind: 'span', id, type: wrapper.origin.type, children: buildInline(leaves.slice(index, end), depth + 1, newId) })
    index = end
  }
  return content
}

function appendText(content: InlineContent, text: string) {
  if (text === '') return
  const last = content.at(-1)
  if (typeof last === 'string') content[content.length - 1] = last + text
  else content.push(text)
}

export class InlineMarkupError extends Error {}

/**
 * Rebuilds rich text from the current source with each text run replaced by its translated segment. `translated`
 * holds one entry per source segment (undefined keeps the source run). Throws `InlineMarkupError` when a
 * translation nests links, which Lexical cannot represent.
 */
export function segmentsToLexical(
  source: LexicalRoot,
  translated: (InlineContent | undefined)[],
  origins: Map<string, InlineOrigin>,
  direction?: 'ltr' | 'rtl',
): LexicalRoot {
  let segmentIndex = 0
  const root = mapTextRuns(
    source.root,
    () => {
      const content = translated[segmentIndex++]
      return content && toLexicalNodes(content, { format: 0, style: '', insideLink: false }, origins)
    },
    direction,
  )
  return { ...source, root: direction ? { ...root, direction } : root }
}

interface TextContext {
  format: number
  style: string
  insideLink: boolean
}

function toLexicalNodes(content: InlineContent, context: TextContext, origins: Map<string, InlineOrigin>): LexicalNode[] {
  const nodes: LexicalNode[] = []
  for (const item of content) {
    if (typeof item === 'string') {
      appendTextNode(nodes, item, context)
      continue
    }
    const origin = origins.get(item.id)
    if (!origin) throw new InlineMarkupError(`inline element ${item.id} is not in the source`)
    if (item.kind === 'placeholder') {
      if (origin.kind !== 'placeholder') throw new InlineMarkupError(`inline element ${item.id} is not a placeholder in the source`)
      nodes.push(structuredClone(origin.node))
      continue
    }
    nodes.push(...spanToLexical(item, origin, context, origins))
  }
  return nodes
}

function spanToLexical(
  span: InlineSpan,
  origin: InlineOrigin,
  context: TextContext,
  origins: Map<string, InlineOrigin>,
): LexicalNode[] {
  if (origin.kind !== 'span') throw new InlineMarkupError(`inline element ${span.id} is not a span in the source`)
  if (origin.type === 'link' || origin.type === 'element') {
    if (context.insideLink) throw new InlineMarkupError(`link ${span.id} is inside another link`)
    const children = toLexicalNodes(span.children, { ...context, insideLink: true }, origins)
    return [{ ...structuredClone(origin.node!), children }]
  }
  if (origin.type === 'style') return toLexicalNodes(span.children, { ...context, style: origin.style ?? '' }, origins)
  const bit = formatBitOf.get(origin.type) ?? 0
  return toLexicalNodes(span.children, { ...context, format: context.format | bit }, origins)
}

function appendTextNode(nodes: LexicalNode[], text: string, context: TextContext) {
  if (text === '') return
  const last = nodes.at(-1)
  if (last?.type === 'text' && last.format === context.format && last.style === context.style) {
    last.text = String(last.text) + text
    return
  }
  nodes.push({ type: 'text', text, format: context.format, style: context.style, detail: 0, mode: 'normal', version: 1 })
}

/** Span and placeholder ids of inline content in document order, with their kind and type. */
export function inlineElements(content: InlineContent): { id: string; kind: 'span' | 'placeholder'; type: string }[] {
  return content.flatMap((node: InlineNode) => {
    if (typeof node === 'string') return []
    const self = { id: node.id, kind: node.kind, type: node.type }
    return node.kind === 'span' ? [self, ...inlineElements(node.children)] : [self]
  })
}
