import { describe, expect, it } from 'vitest'

import { captionProblem } from '../../cms/uploads/checkCaptions'
import { detectUploadKind } from '../../cms/uploads/detectUploadKind'
import { kindOfFileName, storedName } from '../../cms/uploads/uploadKinds'
import { uploadMessages } from '../../cms/uploads/uploadMessages'
import { captionsThatAreScript, captionsThatLoadAScript, pngThatIsHtml, samples } from '../helpers/uploadSamples'

const detect = (collection: 'media' | 'files', data: Buffer) => detectUploadKind(collection, { data })

describe('deciding what an upload is from its bytes', () => {
  it('should accept each kind a collection keeps, whatever the file is called', async () => {
    expect(await detect('media', samples.png())).toEqual({ kind: 'png' })
    expect(await detect('media', samples.jpeg())).toEqual({ kind: 'jpeg' })
    expect(await detect('files', samples.pdf())).toEqual({ kind: 'pdf' })
    expect(await detect('files', samples.mp4())).toEqual({ kind: 'mp4' })
    expect(await detect('files', samples.webm())).toEqual({ kind: 'webm' })
    expect(await detect('files', samples.vtt())).toEqual({ kind: 'vtt' })
  })

  it('should refuse a kind the collection does not keep, saying what it found', async () => {
    expect(await detect('media', samples.pdf())).toEqual({ refused: { reason: 'notAllowed', detected: 'application/pdf' } })
    expect(await detect('files', samples.png())).toEqual({ refused: { reason: 'notAllowed', detected: 'image/png' } })
  })

  it('should refuse HTML, SVG, XML and scripts, which no collection keeps', async () => {
    for (const text of ['<!doctype html><script>alert(1)</script>', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', '<?xml version="1.0"?><a/>', 'document.title = 1']) {
      for (const collection of ['media', 'files'] as const) {
        const verdict = await detect(collection, Buffer.from(text))
        expect(verdict, `${collection}: ${text}`).toHaveProperty('refused')
      }
    }
  })

  it('should keep a PNG that is also an HTML page as the image it is (stored and served as image/png)', async () => {
    expect(await detect('media', pngThatIsHtml('/files/x.js'))).toEqual({ kind: 'png' })
    expect(storedName('poster.html', 'png')).toBe('poster.png')
  })

  it('should refuse captions that are also JavaScript, and files that only start like captions', async () => {
    expect(await detect('files', captionsThatAreScript)).toEqual({ refused: { reason: 'captionsAreScript' } })
    expect(await detect('files', Buffer.from('WEBVTT /* x */ = 1; document.title = "x"\n'))).toMatchObject({ refused: { reason: 'captionsWithoutCues' } })
    expect(await detect('files', captionsThatLoadAScript('/files/x.js'))).toEqual({ kind: 'vtt' })
    expect(await detect('files', Buffer.from('WEBVTT\n\nnot a timing\nhello\n'))).toMatchObject({ refused: { reason: 'captionsInvalid' } })
  })

  it('should refuse captions that are not UTF-8', () => {
    expect(captionProblem(Buffer.concat([Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n'), Buffer.from([0xff, 0xfe, 0x0a])]))).toEqual({ reason: 'captionsNotUtf8' })
  })
})

describe('stored names', () => {
  it('should take the extension from the kind, keeping a name that already says it', () => {
    expect(storedName('captions.js', 'vtt')).toBe('captions.vtt')
    expect(storedName('page.html', 'pdf')).toBe('page.pdf')
    expect(storedName('drawing.svg', 'png')).toBe('drawing.png')
    expect(storedName('feed.xml', 'webm')).toBe('feed.webm')
    expect(storedName('photo.jpeg', 'jpeg')).toBe('photo.jpeg')
    expect(storedName('photo.JPG', 'jpeg')).toBe('photo.JPG')
    expect(storedName('noextension', 'mp4')).toBe('noextension.mp4')
    expect(storedName('.html', 'png')).toBe('html.png')
  })

  it('should know a stored file by its extension, and nothing else', () => {
    expect(kindOfFileName('a.vtt')).toBe('vtt')
    expect(kindOfFileName('a.jpeg')).toBe('jpeg')
    for (const name of ['a.html', 'a.js', 'a.svg', 'a.xml', 'a', 'a.vtt.html']) expect(kindOfFileName(name)).toBeUndefined()
  })
})

describe('refusal messages', () => {
  it('should exist in every admin language, with the same placeholders as English', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\w+\}\}/g)].map((match) => match[0]).sort()
    for (const [language, messages] of Object.entries(uploadMessages)) {
      expect(Object.keys(messages).sort(), language).toEqual(Object.keys(uploadMessages.en).sort())
      for (const [reason, text] of Object.entries(messages)) {
        expect(placeholders(text), `${language}.${reason}`).toEqual(placeholders(uploadMessages.en[reason as keyof typeof uploadMessages.en]))
      }
    }
  })
})
