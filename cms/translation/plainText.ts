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

/**
 * True when a field value holds text to translate: a non-blank string, or rich text with words in it. The one
 * "is empty" test of the translation workflow, XLIFF and the side-by-side panel (which runs it in the browser, so
 * this module imports nothing).
 */
export function hasText(value: unknown): boolean {
  return plainText(value) !== ''
}
