/**
 * One localized field → one exchange unit: its segments, the source hash, and (on import) how to turn translated
 * segments back into a field value.
 */
import { createHash } from 'node:crypto'

import type { Field } from 'payload'

import { hasText } from '../plainText'
import { translatableFields, translatableValues, type TranslatableKind } from '../translatableFields'
import { inlineElements, lexicalToSegments, segmentsToLexical, type InlineOrigin, type LexicalRoot } from './lexicalSegments'
import type { ExchangeSegment, ExchangeUnit, InlineContent } from './model'

export interface FieldUnit {
  unit: ExchangeUnit
  kind: TranslatableKind
  /** Span and placeholder ids of the source (rich text only). */
  origins: Map<string, InlineOrigin>
}

function segmentId(index: number) {
  return `s${index + 1}`
}

/** The source segments of a field value (one for plain text, one per text block for rich text). */
function sourceSegments(kind: TranslatableKind, value: unknown): { segments: InlineContent[]; origins: Map<string, InlineOrigin> } {
  if (kind === 'text') return { segments: [[String(value ?? '')]], origins: new Map() }
  return lexicalToSegments(value as LexicalRoot)
}

/**
 * Hash of what a translator sees of a field: its text and inline markup, not Lexical's bookkeeping (versions,
 * direction, indentation), so re-saving an unchanged source does not make an exported file stale.
 */
export function sourceHash(kind: TranslatableKind, value: unknown): string {
  const { segments } = sourceSegments(kind, value)
  return `sha256:${createHash('sha256').update(JSON.stringify([kind, segments])).digest('hex')}`
}

/** A unit of an item with the source value it was made from. */
export interface ItemUnit extends FieldUnit {
  sourceValue: unknown
}

/**
 * The units of one item, as an export writes them and an import expects them: one per translatable field of the
 * source that has text (`translatableFields`, which the translation workflow tracks too), with the target's current
 * translation where it has one.
 */
export function itemUnits(
  fields: Field[],
  source: Record<string, unknown> | null | undefined,
  target?: Record<string, unknown> | null,
): ItemUnit[] {
  const targetValues = translatableValues(fields, target)
  return translatableFields(fields, source).map((entry) => ({
    ...fieldUnit(entry.path, entry.kind, entry.value, targetValues.get(entry.path)),
    sourceValue: entry.value,
  }))
}

/** Builds the unit for a field from its source value and, where one exists, its current translation. */
export function fieldUnit(path: string, kind: TranslatableKind, sourceValue: unknown, targetValue: unknown): FieldUnit {
  const { segments, origins } = sourceSegments(kind, sourceValue)
  const targets = existingTargets(kind, segments, targetValue)
  const unitSegments: ExchangeSegment[] = segments.map((source, index) => ({
    id: segmentId(index),
    source,
    ...(targets[index] ? { target: targets[index] } : {}),
  }))
  return { unit: { id: path, sourceHash: sourceHash(kind, sourceValue), segments: unitSegments }, kind, origins }
}

/**
 * The current translation as targets, segment by segment. Rich text is used only where the translation's text
 * blocks line up with the source's and carry the same kinds of markup in the same order; its markup ids are then
 * renumbered to the source's. Anything else is left for the translator to redo from the source.
 */
function existingTargets(kind: TranslatableKind, sources: InlineContent[], targetValue: unknown): (InlineContent | undefined)[] {
  if (kind === 'text') return typeof targetValue === 'string' && hasText(targetValue) ? [[targetValue]] : []
  const root = (targetValue as Partial<LexicalRoot> | null | undefined)?.root
  if (!root?.children) return []
  const targets = lexicalToSegments(targetValue as LexicalRoot).segments
  if (targets.length !== sources.length) return []
  return targets.map((target, index) => {
    const sourceElements = inlineElements(sources[index])
    const targetElements = inlineElements(target)
    const sameShape =
      sourceElements.length === targetElements.length &&
      sourceElements.every((element, at) => element.kind === targetElements[at].kind && element.type === targetElements[at].type)
    if (!sameShape) return undefined
    const renumber = new Map(targetElements.map((element, at) => [element.id, sourceElements[at].id]))
    return renumberIds(target, renumber)
  })
}

function renumberIds(content: InlineContent, ids: Map<string, string>): InlineContent {
  return content.map((node) => {
    if (typeof node === 'string') return node
    if (node.kind === 'placeholder') return { ...node, id: ids.get(node.id) ?? node.id }
    return { ...node, id: ids.get(node.id) ?? node.id, children: renumberIds(node.children, ids) }
  })
}

/**
 * Differences between the inline markup of a translated segment and of its source: each source element must
 * appear exactly once, with the same kind; nothing may be added. Order may change (translations reorder words).
 */
export function markupProblems(source: InlineContent, target: InlineContent): string[] {
  const expected = new Map(inlineElements(source).map((element) => [element.id, element]))
  const seen = new Set<string>()
  const problems: string[] = []
  for (const element of inlineElements(target)) {
    const original = expected.get(element.id)
    if (!original) problems.push(`inline element id="${element.id}" (${element.type}) is not in the source`)
    else if (seen.has(element.id)) problems.push(`inline element id="${element.id}" appears more than once`)
    else if (original.kind !== element.kind || original.type !== element.type) {
      problems.push(`inline element id="${element.id}" is ${element.type} in the translation but ${original.type} in the source`)
    }
    seen.add(element.id)
  }
  for (const [id, element] of expected) {
    if (!seen.has(id)) problems.push(`inline element id="${id}" (${element.type}) of the source is missing`)
  }
  return problems
}

/** The field value for translated segments: the text itself, or rich text rebuilt around the current source. */
export function translatedValue(
  fieldUnitOfSource: FieldUnit,
  sourceValue: unknown,
  targets: InlineContent[],
  direction: 'ltr' | 'rtl',
): unknown {
  if (fieldUnitOfSource.kind === 'text') return targets[0].map((node) => (typeof node === 'string' ? node : '')).join('')
  return segmentsToLexical(sourceValue as LexicalRoot, targets, fieldUnitOfSource.origins, direction)
}
