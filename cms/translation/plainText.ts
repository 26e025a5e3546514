import { createHash } from 'node:crypto'

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

/** Block-level Lexical nodes: each starts a new line in the plain text. */
const blockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem', 'code', 'tablecell', 'upload', 'block'])

/**
 * The readable text of a field value: strings as they are, Lexical rich text as its text with one line per block.
 * Used to compare and diff source texts, so a change of formatting alone does not count as a change.
 *
 * @example plainText({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hi' }] }] } }) // 'Hi'
 */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const root = (value as { root?: LexicalNode }).root
  if (!root) return ''
  const lines: string[] = []
  let line = ''
  const walk = (node: LexicalNode) => {
    if (node.type === 'linebreak') line += '\n'
    if (typeof node.text === 'string') line += node.text
    const isBlock = blockTypes.has(node.type ?? '')
    if (isBlock && line) {
      lines.push(line)
      line = ''
    }
    for (const child of node.children ?? []) walk(child)
    if (isBlock && line) {
      lines.push(line)
      line = ''
    }
  }
  walk(root)
  if (line) lines.push(line)
  return lines.join('\n').trim()
}

/** A short, stable fingerprint of a field's readable text. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16)
}

/** True for values a translator has not filled in yet. */
export function isEmptyValue(value: unknown): boolean {
  return plainText(value) === ''
}
