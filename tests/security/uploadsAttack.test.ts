import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishSite } from '../../publishing/pipeline/publishSite'
import { Releases } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { serveSite } from '../../publishing/serve/siteServer'
import { launchBrowser } from '../helpers/browser'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { serveRestApi } from '../helpers/restServer'
import { captionsThatAreScript, captionsThatLoadAScript, ownedBeacon, ownedTitle, pngThatIsHtml, samples } from '../helpers/uploadSamples'
import { uploadClient } from '../helpers/uploadRequest'
import { createUser } from '../helpers/users'

/**
 * The stored-script attack of issue 13, as an editor's account (or a file an editor was sent) would try it: a file
 * that is both WebVTT and JavaScript uploaded as `….js`, a second "caption file" uploaded as `….html` that loads it,
 * and a PNG that is also an HTML page uploaded to the images as `….html` — then published, served by the site
 * server and by the admin's file endpoint, and opened in Chromium. Nothing may run.
 */
const ctx = usePayload()
let payload: Payload
let upload: Awaited<ReturnType<typeof uploadClient>>
let site: Awaited<ReturnType<typeof serveSite>>
let api: Awaited<ReturnType<typeof serveRestApi>>
let browser: BrowserContext
const answers: Record<string, Awaited<ReturnType<typeof upload>>> = {}

/** Opens an address as a reader would and tells whether an attack script ran there. */
async function ran(url: string): Promise<boolean> {
  const page = await browser.newPage()
  let calledHome = false
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === ownedBeacon) calledHome = true
  })
  try {
    await page.goto(url, { waitUntil: 'load' }).catch(() => undefined) // a download does not load: nothing to run
    await page.waitForTimeout(300)
    const title = await page.title().catch(() => '')
    return calledHome || title === ownedTitle
  } finally {
    await page.close()
  }
}

beforeAll(async () => {
  payload = ctx().payload
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  upload = await uploadClient(payload, await createUser(payload, 'editor'))
  answers.script = await upload('files', 'evil.js', captionsThatAreScript, {}, 'text/vtt')
  answers.loader = await upload('files', 'evil.html', captionsThatLoadAScript('/files/evil.js'), {}, 'text/vtt')
  answers.image = await upload('media', 'evil.html', pngThatIsHtml('/files/evil.js'), { alt: 'A square' }, 'image/png')
  // Whatever was kept is put on the public site: the image as an article's cover, the files on a document.
  const [article] = (await payload.find({ collection: 'articles', where: { slug: { equals: 'forum-opens' } } })).docs
  if (answers.image.doc) await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { cover: answers.image.doc.id, _status: 'published' } as never })
  const root = path.join(ctx().dataDir, 'site')
  expect((await publishSite(payload, { trigger: 'after the uploads', root })).status).toBe('live')
  site = await serveSite(() => new Releases(root).currentLink)
  api = await serveRestApi()
  browser = await launchBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await api?.close()
})

describe('uploads decided by their bytes', () => {
  it('should refuse captions that are also a script, naming the file and the reason', () => {
    expect(answers.script.status).toBe(400)
    expect(answers.script.message).toContain('“evil.js”')
    expect(answers.script.message).toContain('JavaScript')
  })

  it('should store a caption file under its own kind, never as HTML', () => {
    // Valid WebVTT whose cue text is a tag: kept as the harmless thing it is, captions.
    expect(answers.loader.status).toBe(201)
    expect(answers.loader.doc).toMatchObject({ filename: 'evil.vtt', mimeType: 'text/vtt' })
  })

  it('should store a PNG that is also HTML as the PNG it is', () => {
    expect(answers.image.status).toBe(201)
    expect(answers.image.doc).toMatchObject({ filename: 'evil.png', mimeType: 'image/png' })
  })

  it('should refuse kinds a collection does not keep, and documents pretending to be images', async () => {
    const html = await upload('media', 'page.png', Buffer.from('<!doctype html><script>document.title = 1</script>'), { alt: 'x' }, 'image/png')
    expect(html.status).toBe(415)
    expect(html.message).toContain('“page.png”')
    const svg = await upload('media', 'logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), { alt: 'x' }, 'image/svg+xml')
    expect(svg.status).toBe(415)
    const pdfAsImage = await upload('media', 'scan.jpg', samples.pdf(), { alt: 'x' }, 'image/jpeg')
    expect(pdfAsImage.status).toBe(415)
    expect(pdfAsImage.message).toContain('application/pdf')
  })
})

describe('the attack chains in Chromium', () => {
  it('should run nothing from the uploads on the public site', async () => {
    const addresses = ['/files/evil.js', '/files/evil.html', '/media/evil.html', '/files/evil.vtt', '/media/evil.png', '/en/news/forum-opens/']
    for (const address of addresses) expect(await ran(`${site.url}${address}`), address).toBe(false)
  })

  it('should run nothing from the uploads through the admin file endpoint', async () => {
    const addresses = ['/api/files/file/evil.js', '/api/files/file/evil.html', '/api/media/file/evil.html', '/api/files/file/evil.vtt', '/api/media/file/evil.png']
    for (const address of addresses) expect(await ran(`${api.url}${address}`), address).toBe(false)
  })

  it('should serve files stored before uploads were checked as downloads that cannot run', async () => {
    // What an older version may have left in the upload folders: a page and its script, under their own names.
    const filesDir = path.join(ctx().dataDir, 'files')
    fs.writeFileSync(path.join(filesDir, 'legacy.html'), `<script>document.title = "${ownedTitle}"</script><script src="/api/files/file/legacy.js"></script>`)
    fs.writeFileSync(path.join(filesDir, 'legacy.js'), `document.title = "${ownedTitle}"; fetch("${ownedBeacon}")`)
    expect(await ran(`${api.url}/api/files/file/legacy.html`)).toBe(false)
    const answer = await fetch(`${api.url}/api/files/file/legacy.html`)
    expect(answer.headers.get('content-type')).toBe('application/octet-stream')
    expect(answer.headers.get('content-disposition')).toBe('attachment')
    // The same in a release: the site server serves it as it would serve any upload it does not know.
    const live = new Releases(path.join(ctx().dataDir, 'site')).current()!
    fs.copyFileSync(path.join(filesDir, 'legacy.html'), path.join(live, 'files', 'legacy.html'))
    fs.writeFileSync(path.join(live, 'files', 'legacy.js'), fs.readFileSync(path.join(filesDir, 'legacy.js')))
    fs.writeFileSync(path.join(live, 'files', 'legacy-loader.vtt'), captionsThatLoadAScript('/files/legacy.js'))
    for (const address of ['/files/legacy.html', '/files/legacy.js', '/files/legacy-loader.vtt']) expect(await ran(`${site.url}${address}`), address).toBe(false)
  })
})

describe('upload response headers', () => {
  const expectInert = (headers: Headers, type: string) => {
    expect(headers.get('content-type')).toBe(type)
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('content-security-policy')).toMatch(/default-src 'none'.*; sandbox/)
  }

  it('should serve uploads from the site with their kind, nosniff and a sandbox', async () => {
    expectInert((await fetch(`${site.url}/media/evil.png`)).headers, 'image/png')
    expectInert((await fetch(`${site.url}/files/guide.en.pdf`)).headers, 'application/pdf')
    expect((await fetch(`${site.url}/files/guide.en.pdf`)).headers.get('content-disposition')).toBeNull()
  })

  it('should serve uploads from the admin with their kind, nosniff and a sandbox', async () => {
    expectInert((await fetch(`${api.url}/api/media/file/evil.png`)).headers, 'image/png')
    expectInert((await fetch(`${api.url}/api/files/file/guide.en.pdf`)).headers, 'application/pdf')
    expectInert((await fetch(`${api.url}/api/files/file/evil.vtt`)).headers, 'text/vtt; charset=utf-8')
  })
})
