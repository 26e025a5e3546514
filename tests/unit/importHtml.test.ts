import { describe, expect, it } from 'vitest'

import { htmlToLexical, imageReferences, parseWordPressHtml } from '../../cms/import/htmlToLexical'

type Node = { type: string; children?: Node[]; text?: string; fields?: { url: string }; tag?: string; value?: unknown }

const convert = (html: string, imageId: (src: string) => number | undefined = () => undefined) => {
  const parsed = parseWordPressHtml(html)
  const lexical = htmlToLexical(parsed, { imageId: (image) => imageId(image.attachmentId ?? image.src) }) as unknown as { root: Node }
  return { root: lexical.root, notes: [...parsed.notes] }
}
const types = (nodes: Node[] = []) => nodes.map((node) => node.type)
const allText = (node: Node): string => node.text ?? (node.children ?? []).map(allText).join('|')
const allUrls = (node: Node): string[] => [...(node.fields ? [node.fields.url] : []), ...(node.children ?? []).flatMap(allUrls)]

describe('WordPress HTML to Lexical', () => {
  it('should make paragraphs and line breaks of classic-editor text without <p>', () => {
    const { root } = convert('First line\nsecond line\n\nSecond paragraph')
    expect(types(root.children)).toEqual(['paragraph', 'paragraph'])
    expect(types(root.children![0].children)).toEqual(['text', 'linebreak', 'text'])
  })

  it('should keep headings, nested lists, quotes, links and formats', () => {
    const { root } = convert('<h1>Top</h1><h3>Sub</h3><ol><li>One<ul><li>Nested</li></ul></li></ol><blockquote><p>A</p><p>B</p></blockquote><p><strong>bold <em>both</em></strong> <a href="https://example.org/x">link</a></p>')
    expect(types(root.children)).toEqual(['heading', 'heading', 'list', 'quote', 'paragraph'])
    expect(root.children![0].tag).toBe('h2')
    expect(allText(root.children![2])).toBe('One|Nested')
    expect(allUrls(root)).toEqual(['https://example.org/x'])
    const formats = root.children![4].children!.map((node) => (node as { format?: number }).format)
    expect(formats.slice(0, 2)).toEqual([1, 3])
  })

  it('should turn a [caption] into its image and an italic caption paragraph', () => {
    const html = '[caption id="attachment_30" width="640"]<img class="wp-image-30" src="https://old/a-640x400.png" alt="Hall" /> The hall[/caption]'
    const parsed = parseWordPressHtml(html)
    expect(imageReferences(parsed)).toEqual([{ attachmentId: '30', src: 'https://old/a-640x400.png', alt: 'Hall', caption: 'The hall' }])
    const { root } = convert(html, (id) => (id === '30' ? 7 : undefined))
    expect(types(root.children)).toEqual(['upload', 'paragraph'])
    expect(root.children![0].value).toBe(7)
  })

  it('should drop scripts, handlers, styles, frames and dangerous link targets, and say so', () => {
    const { root, notes } = convert(
      `<script>alert('S')</script><p onclick="alert('H')">Hi <a href="javascript:alert('L')">there</a> <a href=" JaVa\tscript:x">x</a> <a href="data:text/html,hi">d</a></p><iframe src="javascript:alert(1)"></iframe><style>p{}</style><img src=x onerror="alert(1)">`,
    )
    const json = JSON.stringify(root)
    expect(json).not.toMatch(/alert|javascript|onclick|onerror|data:/i)
    expect(allText(root)).toContain('Hi')
    expect(notes).toEqual(expect.arrayContaining(['<script> removed', 'unsafe link dropped', '<style> removed']))
  })

  it('should report shortcodes it cannot map and keep embeds as links', () => {
    const { root, notes } = convert('[gallery ids="1,2"]\n\n[embed]https://video.example.com/v/1[/embed]\n\nLiteral [[not-a-shortcode]]')
    expect(allUrls(root)).toEqual(['https://video.example.com/v/1'])
    expect(allText(root)).toContain('[not-a-shortcode]')
    expect(notes).toEqual(expect.arrayContaining(['shortcode [gallery] cannot be mapped and was removed (its text kept)', '[embed] kept as a link']))
  })

  it('should never give an empty document', () => {
    expect(types(convert('').root.children)).toEqual(['paragraph'])
  })
})
