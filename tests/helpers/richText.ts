/** Lexical text format bits. */
export const BOLD = 1
export const ITALIC = 2
export const UNDERLINE = 8

type Node = Record<string, unknown>

export function text(value: string, format = 0): Node {
  return { type: 'text', text: value, detail: 0, format, mode: 'normal', style: '', version: 1 }
}

function element(type: string, children: Node[], extra: Node = {}): Node {
  return { type, format: '', indent: 0, version: 1, direction: 'ltr', children, ...extra }
}

export const para = (...children: Node[]) => element('paragraph', children, { textFormat: 0 })
export const heading = (tag: string, ...children: Node[]) => element('heading', children, { tag })
export const quote = (...children: Node[]) => element('quote', children)
export const listItem = (value: number, ...children: Node[]) => element('listitem', children, { value })
export const list = (listType: 'bullet' | 'number', ...items: Node[]) =>
  element('list', items, { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' })
export const lineBreak = (): Node => ({ type: 'linebreak', version: 1 })
export const link = (url: string, ...children: Node[]) =>
  element('link', children, { fields: { url, newTab: false, linkType: 'custom' }, id: `link-${url.length}` })

/** A whole Lexical document from block nodes. */
export function richText(...blocks: Node[]) {
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: blocks } } as never
}

/** A one-paragraph Lexical document, the shape Payload stores for rich text. */
export function paragraph(value: string) {
  return richText(para(text(value)))
}

/**
 * A rich-text article body with every kind of markup the exchange must keep: headings, bold, italic, both, links
 * (with formatting inside), line breaks, nested lists and a quote.
 */
export function markedUpBody(words: Partial<typeof markedUpWords> = {}) {
  const w = (key: keyof typeof markedUpWords, fallback: string) => words[key] ?? fallback
  return richText(
    heading('h2', text(w('heading', 'Joint investigation'))),
    para(
      text(w('intro', 'Prosecutors from ')),
      text(w('bold', 'three countries'), BOLD),
      text(w('middle', ' met in ')),
      text(w('both', 'Vienna'), BOLD | ITALIC),
      text(w('end', ' last week.')),
    ),
    para(
      text(w('read', 'Read the ')),
      link('https://example.org/report', text(w('linkText', 'full report'), ITALIC)),
      lineBreak(),
      text(w('after', 'or ask the press office.')),
    ),
    list(
      'bullet',
      listItem(1, text(w('item1', 'Evidence exchange'))),
      listItem(2, list('number', listItem(1, text(w('nested', 'Nested step'), UNDERLINE)))),
    ),
    quote(text(w('quote', 'Cooperation works.'))),
  )
}

/** The English words of `markedUpBody`, by key. */
export const markedUpWords = {
  heading: 'Joint investigation',
  intro: 'Prosecutors from ',
  bold: 'three countries',
  middle: ' met in ',
  both: 'Vienna',
  end: ' last week.',
  read: 'Read the ',
  linkText: 'full report',
  after: 'or ask the press office.',
  item1: 'Evidence exchange',
  nested: 'Nested step',
  quote: 'Cooperation works.',
}
