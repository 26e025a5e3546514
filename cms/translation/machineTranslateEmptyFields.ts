import type { PayloadRequest } from 'payload'

import { collectionFields } from '../fields/collectionFields'
import { machineTranslator } from './machineTranslationProviders'
import { preservingRequest, readWorkingCopy } from './store'
import { setValueAtPath, translatableFields, translatableValues } from './translatableFields'
import type { TranslationState } from './types'
import { WorkflowRefusal } from './refusal'
import { staffMessage } from '../i18n/staffMessage'

interface TextNode {
  type?: string
  text?: string
  children?: TextNode[]
}

/** The text nodes of a Lexical document, in reading order, so their texts can be translated in place. */
function textNodes(value: unknown): TextNode[] {
  const nodes: TextNode[] = []
  const walk = (node: TextNode) => {
    if (node.type === 'text' && typeof node.text === 'string' && node.text.trim() !== '') nodes.push(node)
    for (const child of node.children ?? []) walk(child)
  }
  const root = (value as { root?: TextNode } | null)?.root
  if (root) walk(root)
  return nodes
}

/**
 * Fills the empty translatable fields of a locale with the registered machine translator's output, from the
 * locale's source, and saves them as a draft. Rich text is translated text node by text node, so its structure and
 * formatting stay as in the source. Fields that already have text are never touched. Returns the filled paths.
 */
export async function machineTranslateLocale(req: PayloadRequest, state: TranslationState): Promise<{ paths: string[]; translator: string }> {
  const translator = machineTranslator()
  if (!translator) throw new WorkflowRefusal(staffMessage(req, 'workflow.noMachineTranslator'), 501)
  const source = state.sourceLocale
  if (!source) throw new WorkflowRefusal(staffMessage(req, 'workflow.sourceNotMachineTranslated'), 400)

  const fields = collectionFields(req.payload, state.collection)
  const sourceDoc = await readWorkingCopy(req, state.collection, state.documentId, source)
  const target = await readWorkingCopy(req, state.collection, state.documentId, state.locale)
  if (!sourceDoc || !target) throw new WorkflowRefusal(staffMessage(req, 'workflow.noSuchItem', { collection: state.collection, id: state.documentId }), 404)
  const existing = translatableValues(fields, target)
  const todo = translatableFields(fields, sourceDoc).filter((field) => !existing.has(field.path))
  if (todo.length === 0) {
    throw new WorkflowRefusal(staffMessage(req, 'workflow.nothingToMachineTranslate', { language: state.locale }), 409)
  }

  // One call for the whole item: providers batch better than field by field.
  const pieces = todo.map((field) => {
    if (field.kind === 'text') return { field, value: undefined as unknown, nodes: [] as TextNode[], texts: [String(field.value)] }
    const value = structuredClone(field.value)
    const nodes = textNodes(value)
    return { field, value, nodes, texts: nodes.map((node) => node.text!) }
  })
  const texts = pieces.flatMap((piece) => piece.texts)
  const translated = await translator.translate(texts, source, state.locale)
  if (!Array.isArray(translated) || translated.length !== texts.length) {
    throw new WorkflowRefusal(
      staffMessage(req, 'workflow.machineTranslatorMiscounted', { name: translator.name, returned: translated?.length ?? 0, expected: texts.length }),
      502,
    )
  }

  const copy = structuredClone(target)
  const paths: string[] = []
  let next = 0
  for (const piece of pieces) {
    let value: unknown
    if (piece.field.kind === 'text') value = translated[next++]
    else {
      for (const node of piece.nodes) node.text = translated[next++]
      value = piece.value
    }
    if (setValueAtPath(copy, piece.field.path, value)) paths.push(piece.field.path)
  }
  const topLevel = [...new Set(paths.map((path) => path.split('.')[0]))]
  await preservingRequest(req, () =>
    req.payload.update({
      collection: state.collection,
      id: state.documentId,
      locale: state.locale,
      draft: true,
      data: Object.fromEntries(topLevel.map((name) => [name, copy[name]])),
      depth: 0,
      overrideAccess: true,
      context: { quietTranslationEvent: true },
      req,
    }),
  )
  return { paths, translator: translator.name }
}
