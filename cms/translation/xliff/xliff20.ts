/**
 * XLIFF 2.0 (OASIS, 2014): one `<file>` per document, one `<unit>` per localized field, one `<segment>` per text
 * block; formatting and links as `<pc>`, line breaks and inline objects as `<ph>`.
 */
import { keyOf, placeholderCodes20, spanCodes20, type Code20 } from './inlineCodes'
import {
  concordNamespace,
  type ExchangeDocument,
  type ExchangeFile,
  type ExchangeProblem,
  type ExchangeSegment,
  type ExchangeUnit,
  type InlineContent,
} from './model'
import { attributesToString, childElements, escapeText, type XmlElement } from './xml'

export const xliff20Namespace = 'urn:oasis:names:tc:xliff:document:2.0'

export function writeXliff20(document: ExchangeDocument): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff${attributesToString({
      xmlns: xliff20Namespace,
      'xmlns:concord': concordNamespace,
      version: '2.0',
      srcLang: document.sourceLanguage,
      trgLang: document.targetLanguage,
    })}>`,
  ]
  document.files.forEach((file, index) => {
    lines.push(`  <file${attributesToString({ id: `f${index + 1}`, original: `${file.collection}/${file.documentId}` })}>`)
    for (const unit of file.units) {
      lines.push(`    <unit${attributesToString({ id: unit.id, 'xml:space': 'preserve', 'concord:sourceHash': unit.sourceHash })}>`)
      for (const segment of unit.segments) {
        const state = segment.target ? 'translated' : 'initial'
        lines.push(
          `      <segment${attributesToString({ id: segment.id, state })}>` +
            `<source>${inlineToXml(segment.source)}</source>` +
            (segment.target ? `<target>${inlineToXml(segment.target)}</target>` : '') +
            '</segment>',
        )
      }
      lines.push('    </unit>')
    }
    lines.push('  </file>')
  })
  lines.push('</xliff>', '')
  return lines.join('\n')
}

function codeAttributes(code: Code20) {
  return { type: code.type, subType: code.subType }
}

export function inlineToXml(content: InlineContent): string {
  return content
    .map((node) => {
      if (typeof node === 'string') return escapeText(node)
      if (node.kind === 'placeholder') {
        return `<ph${attributesToString({ id: node.id, ...codeAttributes(placeholderCodes20[node.type]) })}/>`
      }
      return `<pc${attributesToString({ id: node.id, ...codeAttributes(spanCodes20[node.type]) })}>${inlineToXml(node.children)}</pc>`
    })
    .join('')
}

/** Reads an XLIFF 2.0 document already parsed as XML; problems are collected, never thrown. */
export function readXliff20(root: XmlElement): { document: ExchangeDocument; problems: ExchangeProblem[] } {
  const problems: ExchangeProblem[] = []
  const document: ExchangeDocument = {
    version: '2.0',
    sourceLanguage: root.attributes.srcLang ?? '',
    targetLanguage: root.attributes.trgLang ?? '',
    files: [],
  }
  for (const fileElement of childElements(root, 'file')) {
    const original = fileElement.attributes.original ?? ''
    const [collection, documentId] = original.split('/')
    if (!collection || !documentId) {
      problems.push({ reason: `<file id="${fileElement.attributes.id ?? ''}"> (line ${fileElement.line}) has no original="collection/id".` })
      continue
    }
    const file: ExchangeFile = { collection, documentId, units: [] }
    for (const unitElement of unitsIn(fileElement)) {
      file.units.push(readUnit(unitElement, original, problems))
    }
    document.files.push(file)
  }
  return { document, problems }
}

/** Units directly in a file or inside groups a tool may have added. */
function unitsIn(element: XmlElement): XmlElement[] {
  return childElements(element).flatMap((child) =>
    child.uri !== xliff20Namespace ? [] : child.name === 'unit' ? [child] : child.name === 'group' ? unitsIn(child) : [],
  )
}

function readUnit(element: XmlElement, documentKey: string, problems: ExchangeProblem[]): ExchangeUnit {
  const unit: ExchangeUnit = {
    id: element.attributes.id ?? '',
    sourceHash: element.namespacedAttributes[`{${concordNamespace}}sourceHash`] ?? '',
    segments: [],
  }
  for (const segmentElement of childElements(element, 'segment')) {
    const problemAt = (reason: string) =>
      problems.push({ document: documentKey, unit: unit.id, segment: segmentElement.attributes.id, reason })
    const segment: ExchangeSegment = { id: segmentElement.attributes.id ?? '', source: [] }
    const source = childElements(segmentElement, 'source')[0]
    const target = childElements(segmentElement, 'target')[0]
    if (source) segment.source = readInline(source, problemAt)
    if (target) segment.target = readInline(target, problemAt)
    unit.segments.push(segment)
  }
  return unit
}

function readInline(element: XmlElement, problem: (reason: string) => void): InlineContent {
  const content: InlineContent = []
  for (const child of element.children) {
    if (child.kind === 'text') {
      content.push(child.text)
      continue
    }
    const { id = '', type = '', subType } = child.attributes
    const matches = (code: Code20) => code.type === type && code.subType === subType
    if (child.name === 'pc') {
      const spanType = keyOf(spanCodes20, matches)
      if (!spanType) problem(`<pc id="${id}"> has a type Concord does not use (type="${type}" subType="${subType ?? ''}").`)
      else content.push({ kind: 'span', id, type: spanType, children: readInline(child, problem) })
    } else if (child.name === 'ph') {
      const placeholderType = keyOf(placeholderCodes20, matches)
      if (!placeholderType) problem(`<ph id="${id}"> has a type Concord does not use (type="${type}" subType="${subType ?? ''}").`)
      else content.push({ kind: 'placeholder', id, type: placeholderType })
    } else if (child.name === 'mrk') {
      // Annotations (terms, comments) a tool may add: their text is kept, the annotation is not stored.
      content.push(...readInline(child, problem))
    } else {
      problem(`<${child.name}> (line ${child.line}) is not supported here; keep the <pc> and <ph> elements of the source.`)
    }
  }
  return content
}
