/*
 * A tiny XML layer for the XLIFF exchange: a strict parser into a plain element tree, and escaping for the writer.
 *
 * Why not the `xliff` package: it keeps one segment per unit (Concord splits rich text into one segment per block),
 * drops whitespace-only text between inline elements (`<pc>bold</pc> <pc>italic</pc>` loses its space), trims
 * trailing newlines, and its parser (xml-js over sax) accepts documents that are not well-formed (two root
 * elements, duplicate attributes, HTML entities). An agency's file must either be valid or be refused, so the
 * parsing is done with saxes, a strict XML 1.0 + namespaces parser (the one jsdom uses), and the writing by hand.
 *
 * Bounds: saxes resolves each element's namespace by walking up the open elements, so its time grows with the
 * square of the nesting depth (100,000 nested `<a>` kept a core busy for minutes). The depth is therefore capped
 * while parsing — the parse stops at the first element past the cap — which keeps every parse linear in the size
 * of the file; the number of errors reported is capped too, so a file of garbage does not make a megabyte report.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes'

export interface XmlElement {
  kind: 'element'
  /** Local name, without prefix. */
  name: string
  /** Namespace URI ('' when none). */
  uri: string
  /** Attributes by qualified name as written (`id`, `xml:space`, `concord:sourceHash`). */
  attributes: Record<string, string>
  /** Attributes by `{namespace}local` for namespaced attributes, so a prefix chosen by a tool does not matter. */
  namespacedAttributes: Record<string, string>
  children: XmlNode[]
  /** 1-based line of the start tag, for reports. */
  line: number
}

export interface XmlText {
  kind: 'text'
  text: string
}

export type XmlNode = XmlElement | XmlText

export class XmlSyntaxError extends Error {}

/** The file nests elements deeper than the parser accepts: refused before the parse gets slow. */
export class XmlDepthError extends XmlSyntaxError {}

export interface XmlLimits {
  /** Deepest element nesting accepted (the root is depth 1). */
  maxDepth: number
  /** Errors collected before the parse stops. */
  maxErrors: number
}

/**
 * An exchange file Concord writes nests about a dozen levels (xliff › file › unit › segment › target › a few
 * `<pc>`); tools may add groups. 64 leaves room for both and costs nothing.
 */
export const defaultXmlLimits: XmlLimits = { maxDepth: 64, maxErrors: 20 }

/** Thrown from the error handler to stop a parse that has already said enough. */
class EnoughErrors extends Error {}

/**
 * Parses a whole document strictly; throws `XmlSyntaxError` listing the well-formedness errors found (at most
 * `limits.maxErrors`), or `XmlDepthError` as soon as an element opens deeper than `limits.maxDepth`.
 */
export function parseXml(source: string, limits: XmlLimits = defaultXmlLimits): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true })
  const errors: string[] = []
  const stack: XmlElement[] = []
  let root: XmlElement | undefined

  const addError = (message: string) => {
    errors.push(message)
    if (errors.length >= limits.maxErrors) throw new EnoughErrors()
  }
  parser.on('error', (error) => addError(error.message))
  parser.on('doctype', () => addError('a DOCTYPE is not allowed in an exchange file.'))
  // Checked when a start tag's name is read, before saxes resolves its namespace (the step that grows with depth).
  parser.on('opentagstart', () => {
    if (stack.length >= limits.maxDepth) {
      throw new XmlDepthError(
        `The file nests elements more than ${limits.maxDepth} levels deep (line ${parser.line}); an exchange file needs about a dozen. Export the file again and keep its structure.`,
      )
    }
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element: XmlElement = {
      kind: 'element',
      name: tag.local,
      uri: tag.uri,
      attributes: {},
      namespacedAttributes: {},
      children: [],
      line: parser.line,
    }
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue
      element.attributes[attribute.name] = attribute.value
      if (attribute.uri) element.namespacedAttributes[`{${attribute.uri}}${attribute.local}`] = attribute.value
    }
    const parent = stack.at(-1)
    if (parent) parent.children.push(element)
    else root = element
    stack.push(element)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const addText = (text: string) => {
    const parent = stack.at(-1)
    if (!parent) return
    const last = parent.children.at(-1)
    if (last?.kind === 'text') last.text += text
    else parent.children.push({ kind: 'text', text })
  }
  parser.on('text', addText)
  parser.on('cdata', addText)

  try {
    parser.write(source).close()
  } catch (error) {
    if (error instanceof XmlDepthError) throw error
    if (error instanceof EnoughErrors) errors.push(`(stopped after ${limits.maxErrors} errors)`)
    // saxes throws on the first error when no handler rethrows; the handler above collects instead.
    else errors.push((error as Error).message)
  }
  if (errors.length > 0 || !root) {
    throw new XmlSyntaxError(`The file is not well-formed XML: ${errors.length > 0 ? errors.join('; ') : 'it is empty.'}`)
  }
  return root
}

/** The element children of an element, optionally of one local name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => child.kind === 'element' && (name === undefined || child.name === name),
  )
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')
}

/** `name="value"` pairs for a start tag; undefined values are left out. */
export function attributesToString(attributes: Record<string, string | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')
}
