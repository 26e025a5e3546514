import type { ArticleText } from './corpus'

/** An article body as the Lexical JSON Payload stores: paragraphs and an `h2` subheading. */
export function lexicalBody(body: ArticleText['body']) {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: body.map((block) => ({
        type: block.heading ? 'heading' : 'paragraph',
        ...(block.heading ? { tag: 'h2' } : { textFormat: 0 }),
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [{ type: 'text', text: block.text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}
