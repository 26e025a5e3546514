import { describe, expect, it } from 'vitest'

import { parseXliff } from '../../cms/translation/xliff/parseXliff'
import { defaultXmlLimits, parseXml, XmlDepthError, XmlSyntaxError } from '../../cms/translation/xliff/xml'

const nested = (depth: number, name = 'a') => `${`<${name}>`.repeat(depth)}${`</${name}>`.repeat(depth)}`
const depthOf = (element: ReturnType<typeof parseXml>): number => {
  const children = element.children.filter((child) => child.kind === 'element')
  return 1 + Math.max(0, ...children.map((child) => depthOf(child as ReturnType<typeof parseXml>)))
}

describe('the exchange file parser’s bounds', () => {
  it('should refuse 100,000 nested elements for their depth (saxes alone is quadratic in depth)', () => {
    // ~700 KB: the file that kept the admin busy for two minutes before the depth was capped.
    expect(() => parseXml(nested(100_000))).toThrow(XmlDepthError)
    expect(() => parseXml(nested(100_000))).toThrow(/more than 64 levels deep \(line 1\)/)
  })

  it('should stop at the first element past the limit, whatever follows it', () => {
    // Unclosed, and garbage after the cap: the depth is the reason given, because parsing stops there.
    expect(() => parseXml(`${'<a>'.repeat(65)}<b & & &`)).toThrow(XmlDepthError)
    // A namespace declared at every level, the worst case for saxes' lookups, is refused the same way.
    expect(() => parseXml(`${'<a xmlns:x="urn:x">'.repeat(10_000)}`)).toThrow(/more than 64 levels deep/)
  })

  it('should accept a file exactly as deep as the limit and refuse one level more', () => {
    expect(depthOf(parseXml(nested(defaultXmlLimits.maxDepth)))).toBe(64)
    expect(() => parseXml(nested(defaultXmlLimits.maxDepth + 1))).toThrow(XmlDepthError)
    expect(() => parseXml(nested(4), { ...defaultXmlLimits, maxDepth: 3 })).toThrow(/more than 3 levels deep/)
    expect(depthOf(parseXml(nested(3), { ...defaultXmlLimits, maxDepth: 3 }))).toBe(3)
  })

  it('should stop collecting errors after the limit, so a file of garbage gets a short answer', () => {
    const garbage = `<x>${'<y a="1" a="2"/>'.repeat(50_000)}</x>`
    let message = ''
    try {
      parseXml(garbage)
    } catch (error) {
      expect(error).toBeInstanceOf(XmlSyntaxError)
      expect(error).not.toBeInstanceOf(XmlDepthError)
      message = (error as Error).message
    }
    expect(message).toMatch(/stopped after 20 errors/)
    expect(message.split('; ')).toHaveLength(21)
  })

  it('should report the depth as the import’s problem, in the problem list of the import', () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-Hans"><file id="f1" original="articles/1"><unit id="title"><segment id="s1"><source>Hi</source><target>${'<pc id="1" type="fmt" subType="xlf:b">'.repeat(100)}你好${'</pc>'.repeat(100)}</target></segment></unit></file></xliff>`
    const { document, problems } = parseXliff(xml)
    expect(document).toBeUndefined()
    expect(problems).toEqual([{ reason: expect.stringMatching(/^The file nests elements more than 64 levels deep/) }])
  })
})
