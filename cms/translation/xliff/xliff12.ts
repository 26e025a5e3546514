/**
 * XLIFF 1.2 (OASIS, 2008), for older translation tools: one `<file>` per document; a plain text field is one
 * `<trans-unit>`, a rich text field is a `<group>` with one `<trans-unit>` per text block (`<field>:<segment>`);
 * formatting and links as `<g>`, line breaks and inline objects as `<x/>`.
 */
import { keyOf, placeholderCtypes12, spanCtypes12 } from './inlineCodes'
import {
  concordNamespace,
  type ExchangeDocument,
  type ExchangeFile,
  type ExchangeProblem,
  type ExchangeUnit,
  type InlineContent,
} from './model'
import { attributesToString, childElements, escapeText, type XmlElement } from './xml'

export const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2'

/** A unit with a single segment is written as one trans-unit; units of rich text as a group. */
export type UnitShape = 'single' | 'group'

export function writeXliff12(document: ExchangeDocument, shapeOf: (unit: ExchangeUnit) => UnitShape): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff${attributesToString({ xmlns: xliff12Namespace, 'xmlns:concord': concordNamespace, version: '1.2' })}>`,
  ]
  for (const file of document.files) {
    lines.push(
      `  <file${attributesToString({
        original: `${file.collection}/${file.documentId}`,
        'source-language': document.sourceLanguage,
        'target-language': document.targetLanguage,
        datatype: 'x-concord',
      })}>`,
      '    <body>',
    )
    for (const unit of file.units) {
      const hash = { 'concord:sourceHash': unit.sourceHash }
      if (shapeOf(unit) === 'single') {
        lines.push(`      ${transUnit(unit.id, unit.segments[0].source, unit.segments[0].target, hash)}`)
        continue
      }
      lines.push(`      <group${attributesToString({ id: unit.id, ...hash })}>`)
      for (const segment of unit.segments) {
        lines.push(`        ${transUnit(`${unit.id}:${segment.id}`, segment.source, segment.target, {})}`)
      }
      lines.push('      </group>')
    }
    lines.push('    </body>', '  </file>')
  }
  lines.push('</xliff>', '')
  return lines.join('\n')
}

function transUnit(id: string, source: InlineContent, target: InlineContent | undefined, extra: Record<string, string>) {
  return (
    `<trans-unit${attributesToString({ id, 'xml:space': 'preserve', ...extra })}>` +
    `<source>${inlineToXml12(source)}</source>` +
    (target ? `<target state="translated">${inlineToXml12(target)}</target>` : '') +
    '</trans-unit>'
  )
}

export function inlineToXml12(content: InlineContent): string {
  return content
    .map((node) => {
      if (typeof node === 'string') return escapeText(node)
      if (node.kind === 'placeholder') return `<x${attributesToString({ id: node.id, ctype: placeholderCtypes12[node.type] })}/>`
      return `<g${attributesToString({ id: node.id, ctype: spanCtypes12[node.type] })}>${inlineToXml12(node.children)}</g>`
    })
    .join('')
}

/** Reads an XLIFF 1.2 document already parsed as XML; problems are collected, never thrown. */
export function readXliff12(root: XmlElement): { document: ExchangeDocument; problems: ExchangeProblem[] } {
  const problems: ExchangeProblem[] = []
  const files = childElements(root, 'file')
  const document: ExchangeDocument = {
    version: '1.2',
    sourceLanguage: files[0]?.attributes['source-language'] ?? '',
    targetLanguage: files[0]?.attributes['target-language'] ?? '',
    files: [],
  }
  for (const fileElement of files) {
    const original = fileElement.attributes.original ?? ''
    const [collection, documentId] = original.split('/')
    if (!collection || !documentId) {
      problems.push({ reason: `<file> (line ${fileElement.line}) has no original="collection/id".` })
      continue
    }
    if ((fileElement.attributes['target-language'] ?? '') !== document.targetLanguage) {
      problems.push({ document: original, reason: 'Every <file> must have the same target-language.' })
    }
    const file: ExchangeFile = { collection, documentId, units: [] }
    const body = childElements(fileElement, 'body')[0]
    if (body) readBody(body, original, file, problems)
    document.files.push(file)
  }
  return { document, problems }
}

function sourceHashOf(element: XmlElement): string {
  return element.namespacedAttributes[`{${concordNamespace}}sourceHash`] ?? ''
}

function readBody(element: XmlElement, documentKey: string, file: ExchangeFile, problems: ExchangeProblem[]) {
  for (const child of childElements(element)) {
    if (child.name === 'trans-unit') {
      const id = child.attributes.id ?? ''
      const segment = readTransUnit(child, { document: documentKey, unit: id }, problems)
      file.units.push({ id, sourceHash: sourceHashOf(child), segments: [{ ...segment, id: 's1' }] })
    } else if (child.name === 'group' && sourceHashOf(child)) {
      const unitId = child.attributes.id ?? ''
      const unit: ExchangeUnit = { id: unitId, sourceHash: sourceHashOf(child), segments: [] }
      for (const transUnitElement of childElements(child, 'trans-unit')) {
        const fullId = transUnitElement.attributes.id ?? ''
        const segmentId = fullId.startsWith(`${unitId}:`) ? fullId.slice(unitId.length + 1) : fullId
        unit.segments.push(readTransUnit(transUnitElement, { document: documentKey, unit: unitId, segment: segmentId }, problems))
      }
      file.units.push(unit)
    } else if (child.name === 'group') {
      // A group a tool added around our units.
      readBody(child, documentKey, file, problems)
    }
  }
}

function readTransUnit(element: XmlElement, where: Omit<ExchangeProblem, 'reason'>, problems: ExchangeProblem[]) {
  const problemAt = (reason: string) => problems.push({ ...where, reason })
  // seg-source/mrk segmentation added by a tool is flattened back: the whole trans-unit is one Concord segment.
  const source = childElements(element, 'source')[0]
  const target = childElements(element, 'target')[0]
  return {
    id: where.segment ?? 's1',
    source: source ? readInline(source, problemAt) : [],
    target: target ? readInline(target, problemAt) : undefined,
  }
}

function readInline(element: XmlElement, problem: (reason: string) => void): InlineContent {
  const content: InlineContent = []
  for (const child of element.children) {
    if (child.kind === 'text') {
      content.push(child.text)
      continue
    }
    const { id = '', ctype = '' } = child.attributes
    if (child.name === 'g') {
      const spanType = keyOf(spanCtypes12, (value) => value === ctype)
      if (!spanType) problem(`<g id="${id}"> has a ctype Concord does not use ("${ctype}").`)
      else content.push({ kind: 'span', id, type: spanType, children: readInline(child, problem) })
    } else if (child.name === 'x') {
      const placeholderType = keyOf(placeholderCtypes12, (value) => value === ctype)
      if (!placeholderType) problem(`<x id="${id}"> has a ctype Concord does not use ("${ctype}").`)
      else content.push({ kind: 'placeholder', id, type: placeholderType })
    } else if (child.name === 'mrk') {
      // Markers (terms, segmentation) a tool may add: their text is kept.
      content.push(...readInline(child, problem))
    } else {
      problem(`<${child.name}> (line ${child.line}) is not supported here; keep the <g> and <x> elements of the source.`)
    }
  }
  return content
}
