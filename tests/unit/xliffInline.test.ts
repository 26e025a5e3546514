import { describe, expect, it } from 'vitest'

import { fieldUnit, markupProblems, translatedValue } from '../../cms/translation/xliff/fieldUnits'
import { InlineMarkupError, lexicalToSegments, segmentsToLexical, type LexicalRoot } from '../../cms/translation/xliff/lexicalSegments'
import { plainText, type ExchangeDocument, type InlineContent } from '../../cms/translation/xliff/model'
import { parseXliff } from '../../cms/translation/xliff/parseXliff'
import { writeXliff12 } from '../../cms/translation/xliff/xliff12'
import { writeXliff20 } from '../../cms/translation/xliff/xliff20'
import { BOLD, ITALIC, link, markedUpBody, para, richText, text } from '../helpers/richText'

const body = markedUpBody() as LexicalRoot

function documentOf(segments: InlineContent[], targets?: InlineContent[]): ExchangeDocument {
  return {
    version: '2.0',
    sourceLanguage: 'en',
    targetLanguage: 'zh-Hans',
    files: [
      {
        collection: 'articles',
        documentId: '7',
        units: [
          {
            id: 'body',
            sourceHash: 'sha256:x',
            segments: segments.map((source, index) => ({ id: `s${index + 1}`, source, target: targets?.[index] })),
          },
        ],
      },
    ],
  }
}

describe('Lexical → segments', () => {
  it('should make one segment per text block, list items included, in document order', () => {
    const { segments } = lexicalToSegments(body)
    expect(segments.map(plainText)).toEqual([
      'Joint investigation',
      'Prosecutors from three countries met in Vienna last week.',
      'Read the full reportor ask the press office.', // the line break is a placeholder, not text
      'Evidence exchange',
      'Nested step',
      'Cooperation works.',
    ])
  })

  it('should turn formatting into nested spans and links into link spans with their own formatting inside', () => {
    const { segments, origins } = lexicalToSegments(body)
    expect(segments[1]).toEqual([
      'Prosecutors from ',
      { kind: 'span', id: '1', type: 'bold', children: ['three countries'] },
      ' met in ',
      { kind: 'span', id: '2', type: 'bold', children: [{ kind: 'span', id: '3', type: 'italic', children: ['Vienna'] }] },
      ' last week.',
    ])
    expect(segments[2]).toEqual([
      'Read the ',
      { kind: 'span', id: '4', type: 'link', children: [{ kind: 'span', id: '5', type: 'italic', children: ['full report'] }] },
      { kind: 'placeholder', id: '6', type: 'linebreak' },
      'or ask the press office.',
    ])
    expect(origins.get('4')).toMatchObject({ kind: 'span', type: 'link', node: { fields: { url: 'https://example.org/report' } } })
  })

  it('should rebuild the same Lexical structure when given the source segments back', () => {
    const { segments, origins } = lexicalToSegments(body)
    expect(segmentsToLexical(body, segments, origins)).toEqual(body)
  })

  it('should place translated text and moved markup into the source structure', () => {
    const { segments, origins } = lexicalToSegments(body)
    const translated = [...segments]
    translated[1] = [
      '来自',
      { kind: 'span', id: '1', type: 'bold', children: ['三个国家'] },
      '的检察官上周在',
      { kind: 'span', id: '2', type: 'bold', children: [{ kind: 'span', id: '3', type: 'italic', children: ['维也纳'] }] },
      '会面。',
    ]
    const rebuilt = segmentsToLexical(body, translated, origins, 'ltr')
    const paragraph = rebuilt.root.children![1]
    expect(paragraph.type).toBe('paragraph')
    expect(paragraph.children).toEqual([
      text('来自'),
      text('三个国家', BOLD),
      text('的检察官上周在'),
      text('维也纳', BOLD | ITALIC),
      text('会面。'),
    ])
    // Untouched blocks stay as they were.
    expect(rebuilt.root.children![3]).toEqual(body.root.children![3])
  })

  it('should set the direction of translated blocks to the target script', () => {
    const source = richText(para(text('Hello'))) as LexicalRoot
    const { origins } = lexicalToSegments(source)
    const rebuilt = segmentsToLexical(source, [['مرحبا']], origins, 'rtl')
    expect(rebuilt.root.direction).toBe('rtl')
    expect(rebuilt.root.children![0]).toMatchObject({ direction: 'rtl', children: [{ text: 'مرحبا' }] })
  })

  it('should refuse a translation that puts a link inside another link', () => {
    const source = richText(para(link('https://a.example', text('one')), text(' and '), link('https://b.example', text('two')))) as LexicalRoot
    const { origins } = lexicalToSegments(source)
    const nested: InlineContent = [{ kind: 'span', id: '1', type: 'link', children: ['一', { kind: 'span', id: '2', type: 'link', children: ['二'] }] }]
    expect(() => segmentsToLexical(source, [nested], origins)).toThrow(InlineMarkupError)
  })

  it('should leave blocks without text out of the segments', () => {
    const source = richText(para(), { type: 'horizontalrule', version: 1 }, para(text('Only this'))) as LexicalRoot
    expect(lexicalToSegments(source).segments).toEqual([['Only this']])
  })
})

describe('XLIFF 2.0 inline markup', () => {
  it('should write spans as <pc> and line breaks as <ph> with XLIFF sub-types', () => {
    const xml = writeXliff20(documentOf(lexicalToSegments(body).segments))
    expect(xml).toContain('<pc id="1" type="fmt" subType="xlf:b">three countries</pc>')
    expect(xml).toContain('<pc id="2" type="fmt" subType="xlf:b"><pc id="3" type="fmt" subType="xlf:i">Vienna</pc></pc>')
    expect(xml).toContain('<pc id="4" type="link"><pc id="5" type="fmt" subType="xlf:i">full report</pc></pc><ph id="6" type="fmt" subType="xlf:lb"/>')
    expect(xml).toMatch(/<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:concord="urn:concord:xliff" version="2.0" srcLang="en" trgLang="zh-Hans">/)
  })

  it('should read back exactly what it wrote, whitespace between inline elements included', () => {
    const segments = lexicalToSegments(richText(para(text('a', BOLD), text(' '), text('b', ITALIC))) as LexicalRoot).segments
    const document = documentOf(segments, segments)
    const parsed = parseXliff(writeXliff20(document))
    expect(parsed.problems).toEqual([])
    expect(parsed.document).toEqual(document)
  })

  it('should report inline elements Concord does not use', () => {
    const xml = writeXliff20(documentOf([['x']])).replace('<source>x</source>', '<source>x<sc id="9"/></source>')
    expect(parseXliff(xml).problems).toEqual([
      expect.objectContaining({ unit: 'body', segment: 's1', reason: expect.stringContaining('<sc>') }),
    ])
  })
})

describe('XLIFF 1.2 inline markup', () => {
  it('should write spans as <g ctype> and line breaks as <x ctype="lb"/>, rich text as a group', () => {
    const xml = writeXliff12({ ...documentOf(lexicalToSegments(body).segments), version: '1.2' }, () => 'group')
    expect(xml).toContain('<g id="1" ctype="bold">three countries</g>')
    expect(xml).toContain('<g id="4" ctype="link"><g id="5" ctype="italic">full report</g></g><x id="6" ctype="lb"/>')
    expect(xml).toContain('<group id="body" concord:sourceHash="sha256:x">')
    expect(xml).toContain('<trans-unit id="body:s2" xml:space="preserve">')
    expect(xml).toContain('source-language="en" target-language="zh-Hans"')
  })

  it('should read back exactly what it wrote', () => {
    const segments = lexicalToSegments(body).segments
    const document: ExchangeDocument = { ...documentOf(segments, segments), version: '1.2' }
    const parsed = parseXliff(writeXliff12(document, () => 'group'))
    expect(parsed.problems).toEqual([])
    expect(parsed.document).toEqual(document)
  })

  it('should read a plain text field written as a single trans-unit', () => {
    const document: ExchangeDocument = {
      ...documentOf([['Title & more']], [['标题']]),
      version: '1.2',
    }
    document.files[0].units[0].id = 'title'
    const xml = writeXliff12(document, () => 'single')
    expect(xml).toContain('<trans-unit id="title" xml:space="preserve" concord:sourceHash="sha256:x"><source>Title &amp; more</source><target state="translated">标题</target></trans-unit>')
    expect(parseXliff(xml).document).toEqual(document)
  })
})

describe('markup checks', () => {
  const source: InlineContent = ['a ', { kind: 'span', id: '1', type: 'bold', children: ['b'] }, { kind: 'placeholder', id: '2', type: 'linebreak' }]

  it('should accept reordered markup', () => {
    expect(markupProblems(source, [{ kind: 'placeholder', id: '2', type: 'linebreak' }, { kind: 'span', id: '1', type: 'bold', children: ['B'] }, ' A'])).toEqual([])
  })

  it('should report missing, extra, duplicated and changed elements', () => {
    expect(markupProblems(source, ['a b'])).toEqual([
      'inline element id="1" (bold) of the source is missing',
      'inline element id="2" (linebreak) of the source is missing',
    ])
    expect(
      markupProblems(source, [
        { kind: 'span', id: '1', type: 'italic', children: ['b'] },
        { kind: 'placeholder', id: '2', type: 'linebreak' },
        { kind: 'placeholder', id: '2', type: 'linebreak' },
        { kind: 'span', id: '3', type: 'bold', children: ['c'] },
      ]),
    ).toEqual([
      'inline element id="1" is italic in the translation but bold in the source',
      'inline element id="2" appears more than once',
      'inline element id="3" (bold) is not in the source',
    ])
  })
})

describe('field units', () => {
  it('should hash what the translator sees, not Lexical bookkeeping', () => {
    const a = fieldUnit('body', 'richText', richText(para(text('Same words'))), undefined).unit.sourceHash
    const resaved = richText({ ...(para(text('Same words')) as object), direction: null, indent: 0, version: 2 } as never)
    expect(fieldUnit('body', 'richText', resaved, undefined).unit.sourceHash).toBe(a)
    expect(fieldUnit('body', 'richText', richText(para(text('Other words'))), undefined).unit.sourceHash).not.toBe(a)
    expect(fieldUnit('body', 'richText', richText(para(text('Same words', BOLD))), undefined).unit.sourceHash).not.toBe(a)
  })

  it('should offer an existing translation as targets when its blocks and markup line up', () => {
    const zh = markedUpBody({ bold: '三个国家', both: '维也纳' })
    const unit = fieldUnit('body', 'richText', body, zh).unit
    expect(unit.segments[1].target).toEqual([
      'Prosecutors from ',
      { kind: 'span', id: '1', type: 'bold', children: ['三个国家'] },
      ' met in ',
      { kind: 'span', id: '2', type: 'bold', children: [{ kind: 'span', id: '3', type: 'italic', children: ['维也纳'] }] },
      ' last week.',
    ])
  })

  it('should leave out targets whose markup does not line up', () => {
    const unit = fieldUnit('body', 'richText', richText(para(text('a'), text('b', BOLD))), richText(para(text('plain only')))).unit
    expect(unit.segments[0].target).toBeUndefined()
  })

  it('should keep the line breaks of a textarea through an XLIFF file', () => {
    const unit = fieldUnit('summary', 'text', 'Line one\nLine two', 'Ligne un\nLigne deux').unit
    const document: ExchangeDocument = { version: '2.0', sourceLanguage: 'en', targetLanguage: 'fr', files: [{ collection: 'articles', documentId: '1', units: [unit] }] }
    expect(parseXliff(writeXliff20(document)).document?.files[0].units[0].segments[0]).toEqual({
      id: 's1',
      source: ['Line one\nLine two'],
      target: ['Ligne un\nLigne deux'],
    })
  })

  it('should turn a translated plain text segment back into a string', () => {
    const unit = fieldUnit('title', 'text', 'Hello', undefined)
    expect(translatedValue(unit, 'Hello', [['你好']], 'ltr')).toBe('你好')
  })
})
