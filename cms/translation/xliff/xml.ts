/*
 * A tiny XML layer for the XLIFF exchange: a strict parser into a plain element tree, and escaping for the writer.
 *
 * Why not the `xliff` package: it keeps one segment per unit (Concord splits rich text into one segment per block),
 * drops whitespace-only text between inline elements (`<pc>bold</pc> <pc>italic</pc>` loses its space), trims
 * trailing newlines, and its parser (xml-js over sax) accepts documents that are not well-formed (two root
 * elements, duplicate attributes, HTML entities). An agency's file must either be valid or be refused, so the
 * parsing is done with saxes, a strict XML 1.0 + namespaces parser (the one jsdom uses), and the writing by hand.
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

/** Parses a whole document strictly; throws `XmlSyntaxError` listing every well-formedness error found. */
export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true })
  const errors: string[] = []
  const stack: XmlElement[] = []
  let root: XmlElement | undefined

  parser.on('error', (error) => errors.push(error.message))
  parser.on('doctype', () => errors.push('a DOCTYPE is not allowed in an exchange file.'))
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
    // saxes throws on the first error when no handler rethrows; the handler above collects instead.
    errors.push((error as Error).message)
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
