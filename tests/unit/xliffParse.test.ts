import { describe, expect, it } from 'vitest'

import { parseXliff } from '../../cms/translation/xliff/parseXliff'

const minimal20 = (body = '') =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-Hans"><file id="f1" original="articles/1">${body}</file></xliff>`

describe('reading exchange files', () => {
  it.each([
    ['an unclosed element', '<xliff><file>'],
    ['two root elements', `${minimal20()}<xliff/>`],
    ['an HTML entity', minimal20('&nbsp;')],
    ['a bare ampersand', minimal20('Tom & Jerry')],
    ['a duplicated attribute', minimal20().replace('version="2.0"', 'version="2.0" version="2.0"')],
    ['a DOCTYPE with entities', `<!DOCTYPE xliff [<!ENTITY x "boom">]>${minimal20()}`],
    ['an empty file', ''],
  ])('should refuse %s as malformed XML', (_, xml) => {
    const { document, problems } = parseXliff(xml)
    expect(document).toBeUndefined()
    expect(problems[0].reason).toMatch(/not well-formed XML/)
  })

  it('should refuse another XLIFF version or another root element', () => {
    expect(parseXliff(minimal20().replace('version="2.0"', 'version="2.1"')).problems[0].reason).toMatch(/version "2.1"/)
    expect(parseXliff('<xliff version="1.2"/>').problems[0].reason).toMatch(/not supported/)
    expect(parseXliff('<html/>').problems[0].reason).toMatch(/root element is <html>/)
  })

  it('should find units inside groups a tool added and keep the languages', () => {
    const { document, problems } = parseXliff(
      minimal20('<group id="g"><unit id="title"><segment id="s1"><source>Hi</source><target>你好</target></segment></unit></group>'),
    )
    expect(problems).toEqual([])
    expect(document).toMatchObject({
      version: '2.0',
      sourceLanguage: 'en',
      targetLanguage: 'zh-Hans',
      files: [{ collection: 'articles', documentId: '1', units: [{ id: 'title', sourceHash: '', segments: [{ id: 's1', source: ['Hi'], target: ['你好'] }] }] }],
    })
  })

  it('should keep the text of annotations a tool added', () => {
    const { document } = parseXliff(
      minimal20('<unit id="t"><segment id="s1"><source>a</source><target>x <mrk id="m1" type="term">y</mrk> z</target></segment></unit>'),
    )
    expect(document?.files[0].units[0].segments[0].target).toEqual(['x ', 'y', ' z'])
  })
})
