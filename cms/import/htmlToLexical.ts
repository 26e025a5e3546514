import { randomBytes } from 'node:crypto'

import type { ChildNode, Element } from 'domhandler'
import { parseDocument } from 'htmlparser2'

import { expandShortcodes } from './shortcodes'

/**
 * WordPress post HTML → Lexical JSON, the rich text Payload stores.
 *
 * Built here from htmlparser2's tree (a maintained, linear-time, forgiving HTML parser) rather than with Payload's
 * `convertHTMLToLexical`: that one needs a JSDOM window per document (jsdom is not one of Concord's dependencies,
 * and a DOM per post would dominate the time of a 60,000-post import), and it keeps whatever the HTML has. Here only
 * what Concord's rich text can hold is kept — paragraphs, headings, lists, quotes, links, bold/italic/underline/
 * strikethrough/code, line breaks, rules and images (as upload nodes) — so hostile markup is dropped by construction:
 * `<script>`, `<style>`, `<iframe>`, forms and event handlers never become nodes, and a link keeps its text but loses
 * its target unless that is http(s), mailto, tel or a site path. Everything dropped or changed is noted.
 */

type LexicalNode = Record<string, unknown>

/** An image the HTML shows: by attachment id (`[caption id="attachment_12"]`, `wp-image-12`) or by address. */
export interface ImageReference {
  attachmentId?: string
  src: string
  alt?: string
  caption?: string
}

export interface ParsedHtml {
  nodes: ChildNode[]
  /** What could not be kept as it was, in words (`shortcode [gallery] …`, `unsafe link dropped`). */
  notes: Set<string>
}

/** Elements whose content is never text of the post. */
const droppedElements = new Set(['script', 'style', 'noscript', 'template', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'head', 'title', 'meta', 'link', 'base'])
const blockElements = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'pre', 'hr', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'address', 'iframe', 'video', 'audio', 'img'])
const formats: Record<string, number> = { b: 1, strong: 1, i: 2, em: 2, cite: 2, s: 4, strike: 4, del: 4, u: 8, ins: 8, code: 16, kbd: 16, tt: 16, sub: 32, sup: 64 }
/** Nesting deeper than this is flattened to its text: real posts nest a few levels; the limit bounds the recursion. */
const maxNesting = 48

/** Parses post HTML after expanding WordPress shortcodes. */
export function parseWordPressHtml(html: string): ParsedHtml {
  const notes = new Set<string>()
  const document = parseDocument(expandShortcodes(html, notes), { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true })
  return { nodes: document.children, notes }
}

/** Every image the HTML shows, in order, so they can be imported before the text that shows them. */
export function imageReferences(parsed: ParsedHtml): ImageReference[] {
  const found: ImageReference[] = []
  const visit = (nodes: ChildNode[], caption?: string, attachmentId?: string) => {
    for (const node of nodes) {
      if (!isElement(node) || droppedElements.has(node.name)) continue
      if (node.name === 'figure') {
        const figcaption = node.children.find((child): child is Element => isElement(child) && child.name === 'figcaption')
        visit(node.children, figcaption ? textOf(figcaption).trim() : undefined, node.attribs['data-attachment'])
      } else if (node.name === 'img') {
        const src = node.attribs.src ?? ''
        const id = attachmentId ?? /wp-image-(\d+)/.exec(node.attribs.class ?? '')?.[1]
        if (src || id) found.push({ src, ...(id ? { attachmentId: id } : {}), alt: node.attribs.alt?.trim() || undefined, caption: caption || undefined })
      } else visit(node.children, caption, attachmentId)
    }
  }
  visit(parsed.nodes)
  return found
}

export interface LexicalOptions {
  /** The media id of an image reference, once imported; images without one are left out (and noted). */
  imageId: (image: ImageReference) => number | string | undefined
  /** Turns a link to the old site into a site path, so it follows the redirects. */
  localLink?: (href: string) => string | undefined
}

/** The Lexical document of parsed post HTML. Never empty: a post without text gets one empty paragraph. */
export function htmlToLexical(parsed: ParsedHtml, options: LexicalOptions): { root: LexicalNode } {
  const converter = new Converter(parsed.notes, options)
  const children = [...converter.blocks(parsed.nodes, 0), ...converter.takeDeferred()]
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: children.length > 0 ? children : [paragraph([])] } }
}

class Converter {
  /** Images met inside inline content (`<p><img></p>`, `<a><img></a>`): placed after the paragraph they were in. */
  private deferred: LexicalNode[] = []

  constructor(
    private readonly notes: Set<string>,
    private readonly options: LexicalOptions,
  ) {}

  /** Block-level nodes from a list of HTML nodes; runs of inline content become paragraphs (WordPress's autop). */
  blocks(nodes: ChildNode[], depth: number): LexicalNode[] {
    const out: LexicalNode[] = []
    let inline: ChildNode[] = []
    const flush = () => {
      if (inline.length === 0) return
      // Classic-editor posts have no <p>: a blank line separates paragraphs, a single newline is a line break.
      for (const run of splitParagraphs(inline)) {
        const children = trimBreaks(this.inlines(run, 0, depth, true))
        if (children.length > 0) out.push(paragraph(children))
        out.push(...this.takeDeferred())
      }
      inline = []
    }
    for (const node of nodes) {
      if (isElement(node) && blockElements.has(node.name)) {
        flush()
        out.push(...this.block(node, depth + 1))
      } else if (isElement(node) && droppedElements.has(node.name)) {
        this.notes.add(`<${node.name}> removed`)
      } else inline.push(node)
    }
    flush()
    return out
  }

  private block(element: Element, depth: number): LexicalNode[] {
    if (depth > maxNesting) return [paragraph([textNode(textOf(element), 0)])]
    const name = element.name
    switch (name) {
      case 'p':
      case 'address':
      case 'dt':
      case 'dd':
      case 'figcaption': {
        const children = trimBreaks(this.inlines(element.children, 0, depth, false))
        return [...(children.length > 0 ? [paragraph(children, name === 'figcaption' ? 2 : 0)] : []), ...this.takeDeferred()]
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        // The page title is the only h1 of a Concord page.
        const tag = name === 'h1' ? 'h2' : name
        const children = trimBreaks(this.inlines(element.children, 0, depth, false))
        return [...(children.length > 0 ? [{ ...elementNode('heading', children), tag }] : []), ...this.takeDeferred()]
      }
      case 'ul':
      case 'ol':
        return [this.list(element, depth)]
      case 'li':
        return this.blocks(element.children, depth)
      case 'blockquote': {
        // A Lexical quote holds inline content: the quote's paragraphs are joined with line breaks.
        const inner = this.blocks(element.children, depth)
        const children: LexicalNode[] = []
        for (const block of inner) {
          if (children.length > 0) children.push(lineBreak())
          children.push(...inlineChildren(block))
        }
        return children.length > 0 ? [elementNode('quote', children)] : []
      }
      case 'pre': {
        const lines = textOf(element).replace(/\n$/, '').split('\n')
        const children = lines.flatMap((line, index) => (index === 0 ? [textNode(line, 16)] : [lineBreak(), textNode(line, 16)]))
        return [paragraph(children)]
      }
      case 'hr':
        return [{ type: 'horizontalrule', version: 1 }]
      case 'img':
        return this.image(element)
      case 'iframe':
      case 'video':
      case 'audio': {
        const src = element.attribs.src ?? element.children.filter(isElement).find((child) => child.name === 'source')?.attribs.src
        const url = src ? this.safeUrl(src) : undefined
        this.notes.add(`<${name}> kept as a link`)
        return url ? [paragraph([linkNode(url, [textNode(url, 0)])])] : []
      }
      case 'table':
        this.notes.add('table kept as paragraphs of its cells')
        return this.blocks(element.children, depth)
      default:
        // div, section, figure, tr, td…: their content, block by block.
        return this.blocks(element.children, depth)
    }
  }

  takeDeferred(): LexicalNode[] {
    const images = this.deferred
    this.deferred = []
    return images
  }

  private list(element: Element, depth: number): LexicalNode {
    const listType = element.name === 'ol' ? 'number' : 'bullet'
    const items: LexicalNode[] = []
    for (const child of element.children) {
      if (!isElement(child) || child.name !== 'li') continue
      const nested = child.children.filter((node): node is Element => isElement(node) && (node.name === 'ul' || node.name === 'ol'))
      const own = child.children.filter((node) => !nested.includes(node as Element))
      const text = trimBreaks(this.inlines(own, 0, depth, false))
      if (text.length > 0) items.push({ ...elementNode('listitem', text), value: items.length + 1 })
      for (const list of nested) items.push({ ...elementNode('listitem', [this.list(list, depth + 1)]), value: items.length + 1 })
    }
    return { ...elementNode('list', items), listType, start: 1, tag: element.name === 'ol' ? 'ol' : 'ul' }
  }

  private image(element: Element): LexicalNode[] {
    const [reference] = imageReferences({ nodes: [element], notes: this.notes })
    const id = reference ? this.options.imageId(reference) : undefined
    if (id === undefined) {
      this.notes.add('an image without its file was left out')
      return []
    }
    return [{ type: 'upload', version: 3, format: '', id: randomBytes(12).toString('hex'), fields: null, relationTo: 'media', value: id }]
  }

  /** Inline content: text with formats, links and line breaks. `keepNewlines`: a classic-editor newline is a break. */
  inlines(nodes: ChildNode[], format: number, depth: number, keepNewlines: boolean): LexicalNode[] {
    const out: LexicalNode[] = []
    for (const node of nodes) {
      if (node.type === 'text') {
        const value = (node as unknown as { data: string }).data
        if (keepNewlines) {
          value.split('\n').forEach((line, index) => {
            if (index > 0) out.push(lineBreak())
            const text = collapse(line)
            if (text) out.push(textNode(text, format))
          })
        } else {
          const text = collapse(value)
          if (text) out.push(textNode(text, format))
        }
        continue
      }
      if (!isElement(node)) continue
      const name = node.name
      if (droppedElements.has(name)) {
        this.notes.add(`<${name}> removed`)
        continue
      }
      if (depth > maxNesting) {
        out.push(textNode(collapse(textOf(node)), format))
        continue
      }
      if (name === 'br') out.push(lineBreak())
      else if (name === 'a') {
        const children = this.inlines(node.children, format, depth + 1, keepNewlines).filter((child) => child.type === 'text' || child.type === 'linebreak')
        const url = node.attribs.href === undefined ? undefined : this.safeUrl(node.attribs.href)
        if (url && children.some((child) => child.type === 'text')) out.push(linkNode(url, children))
        else out.push(...children)
      } else if (name === 'img' || blockElements.has(name)) {
        // A block inside inline content (an image in a link, a paragraph in a span): kept as its text.
        if (name === 'img') {
          this.deferred.push(...this.image(node))
          continue
        }
        out.push(...this.inlines(node.children, format, depth + 1, keepNewlines))
      } else out.push(...this.inlines(node.children, format | (formats[name] ?? 0), depth + 1, keepNewlines))
    }
    return mergeTexts(out)
  }

  /** A link target that is safe to keep, or undefined (and noted) for `javascript:`, `data:` and the like. */
  private safeUrl(href: string): string | undefined {
    // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`): so must we.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    const cleaned = href.trim().replace(/[\u0000-\u001f\u007f\s]+/g, '')
    if (cleaned === '') return undefined
    const local = this.options.localLink?.(cleaned)
    if (local) return local
    if (/^(https?:\/\/|mailto:|tel:)/i.test(cleaned)) return cleaned
    if (/^\/[^/\\]/.test(cleaned) || cleaned.startsWith('#')) return cleaned
    if (/^[a-z][a-z0-9+.-]*:/i.test(cleaned)) {
      this.notes.add('unsafe link dropped')
      return undefined
    }
    this.notes.add('relative link dropped')
    return undefined
  }
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style'
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data
  if (!isElement(node) || droppedElements.has(node.name)) return ''
  return node.children.map(textOf).join('')
}

/** Splits inline nodes into paragraphs at blank lines in their text. */
function splitParagraphs(nodes: ChildNode[]): ChildNode[][] {
  const runs: ChildNode[][] = [[]]
  for (const node of nodes) {
    if (node.type !== 'text') {
      runs.at(-1)!.push(node)
      continue
    }
    const parts = (node as unknown as { data: string }).data.split(/\n[ \t]*\n\s*/)
    parts.forEach((part, index) => {
      if (index > 0) runs.push([])
      if (part) runs.at(-1)!.push({ ...node, data: part, type: 'text' } as unknown as ChildNode)
    })
  }
  return runs.filter((run) => run.length > 0)
}

const collapse = (value: string) => value.replace(/[ \t\r\n\f]+/g, ' ')

function mergeTexts(nodes: LexicalNode[]): LexicalNode[] {
  const out: LexicalNode[] = []
  for (const node of nodes) {
    const last = out.at(-1)
    if (node.type === 'text' && last?.type === 'text' && last.format === node.format) last.text = `${String(last.text)}${String(node.text)}`
    else out.push(node)
  }
  return out
}

/** Without line breaks and spaces at either end. */
function trimBreaks(nodes: LexicalNode[]): LexicalNode[] {
  const out = [...nodes]
  while (out[0]?.type === 'linebreak') out.shift()
  while (out.at(-1)?.type === 'linebreak') out.pop()
  const first = out[0]
  if (first?.type === 'text') first.text = String(first.text).trimStart()
  const last = out.at(-1)
  if (last?.type === 'text') last.text = String(last.text).trimEnd()
  return out.filter((node) => node.type !== 'text' || node.text !== '')
}

function inlineChildren(block: LexicalNode): LexicalNode[] {
  return Array.isArray(block.children) && block.type !== 'list' ? (block.children as LexicalNode[]) : []
}

function elementNode(type: string, children: LexicalNode[]): LexicalNode {
  return { type, format: '', indent: 0, version: 1, direction: 'ltr', children }
}

function paragraph(children: LexicalNode[], format = 0): LexicalNode {
  const formatted = format ? children.map((child) => (child.type === 'text' ? { ...child, format: Number(child.format) | format } : child)) : children
  return { ...elementNode('paragraph', formatted), textFormat: 0 }
}

function textNode(text: string, format: number): LexicalNode {
  return { type: 'text', text, detail: 0, format, mode: 'normal', style: '', version: 1 }
}

function lineBreak(): LexicalNode {
  return { type: 'linebreak', version: 1 }
}

function linkNode(url: string, children: LexicalNode[]): LexicalNode {
  return { ...elementNode('link', children), version: 3, id: randomBytes(12).toString('hex'), fields: { url, newTab: false, linkType: 'custom' } }
}
