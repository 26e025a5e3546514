/**
 * Uploads beyond one machine (issue 13, item 8): with the `S3_*` variables set and no code changed, images and files
 * are stored in an S3 bucket — here a real S3-compatible server (s3rver) the test starts on a loopback port — and
 * never on the admin's disk; the site's builds read them from the bucket, the renderer resizes the images, and a
 * deleted upload leaves the bucket and the next release.
 */
import fs from 'node:fs'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishSite } from '../../publishing/pipeline/publishSite'
import { Releases } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { s3Settings, s3Variables } from '../../cms/storage'
import { serveSite } from '../../publishing/serve/siteServer'
import { fixtureCorpus } from '../helpers/corpus'
import { startPayload, type TestPayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { startS3Server } from '../helpers/s3Server'
import { uploadClient } from '../helpers/uploadRequest'
import { samples } from '../helpers/uploadSamples'
import { createUser } from '../helpers/users'

let s3: Awaited<ReturnType<typeof startS3Server>>
let ctx: TestPayload
let payload: Payload
let releases: Releases
let site: Awaited<ReturnType<typeof serveSite>>
let bucket: S3Client
let editor: Awaited<ReturnType<typeof createUser>>
const photo = samples.jpeg()
const pdf = samples.pdf()
let image: { id: number | string; filename: string }
let document: { id: number | string; filename: string }
let articlePage: string

/** Every key in the bucket. */
const objectKeys = async () => {
  const { Contents = [] } = await bucket.send(new ListObjectsV2Command({ Bucket: s3.bucket }))
  return Contents.map((object) => object.Key!)
}
const live = async (address: string) => {
  const response = await fetch(`${site.url}${address}`)
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) }
}
/** The admin's file endpoint, through Payload's own REST handler. */
const adminFile = (collection: string, name: string) =>
  handleEndpoints({ config: payload.config, request: new Request(`http://localhost/api/${collection}/file/${encodeURIComponent(name)}`) })
/** Files in the admin's local upload folders (there must be none). */
const localUploads = () =>
  ['media', 'files'].flatMap((folder) => {
    const dir = path.join(ctx.dataDir, folder)
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => `${folder}/${name}`) : []
  })
/** The resized variants a page's `<img>`/`<source>` elements ask for. */
const imageVariants = (html: string) => [...new Set([...html.matchAll(/\/_img\/[\w-]+\.(?:avif|webp|jpg|png)/g)].map((match) => match[0]))]

beforeAll(async () => {
  s3 = await startS3Server('concord-uploads')
  // Set before Payload reads its configuration, as an operator sets them before `npm start`.
  Object.assign(process.env, s3.environment)
  bucket = new S3Client(s3Settings()!.client)
  ctx = await startPayload()
  payload = ctx.payload
  releases = new Releases(path.join(ctx.dataDir, 'site'))
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  editor = await createUser(payload, 'editor')
  const upload = await uploadClient(payload, editor)
  const uploadedImage = await upload('media', 'workshop.jpg', photo, { alt: 'Prosecutors at a workshop' }, 'image/jpeg')
  const uploadedPdf = await upload('files', 'cooperation-guide.pdf', pdf, { description: 'The guide' }, 'application/pdf')
  expect(uploadedImage.status, uploadedImage.message).toBe(201)
  expect(uploadedPdf.status, uploadedPdf.message).toBe(201)
  image = uploadedImage.doc!
  document = uploadedPdf.doc!
  const asEditor = { user: editor, overrideAccess: false } as const
  const guide = await payload.create({
    collection: 'documents',
    locale: 'en',
    data: { title: 'Cooperation guide', summary: 'How to ask.', documentType: 'guideline', issuingBody: 'The office', date: '2025-01-15', file: document.id, _status: 'published' } as never,
    ...asEditor,
  })
  await payload.create({
    collection: 'articles',
    locale: 'en',
    data: { title: 'Stored in a bucket', summary: 'Uploads beyond one machine.', body: paragraph('Read the guide.'), cover: image.id, related: [{ relationTo: 'documents', value: guide.id }], _status: 'published' } as never,
    ...asEditor,
  })
  expect((await publishSite(payload, { trigger: 'with uploads on S3', root: releases.root })).status).toBe('live')
  site = await serveSite(() => releases.currentLink)
  articlePage = (await live('/en/news/stored-in-a-bucket/')).bytes.toString('utf8')
}, 300_000)

afterAll(async () => {
  await site?.close()
  await ctx?.close()
  await s3?.close()
  for (const name of s3Variables) delete process.env[name]
})

describe('uploads on S3, configured by the environment alone', () => {
  it('should turn local storage off for images and files', () => {
    expect(payload.collections.media.config.upload.disableLocalStorage).toBe(true)
    expect(payload.collections.files.config.upload.disableLocalStorage).toBe(true)
  })

  it('should keep the uploaded originals and their sizes in the bucket, and nothing on the admin’s disk', async () => {
    const keys = await objectKeys()
    const stored = await payload.findByID({ collection: 'media', id: image.id })
    expect(keys).toEqual(expect.arrayContaining([`media/${image.filename}`, `files/${document.filename}`, 'media/square.png', 'files/guide.en.pdf']))
    const sizes = Object.values(stored.sizes ?? {}).flatMap((size) => (size?.filename ? [size.filename] : []))
    // The photo is 1200 px wide: it has resized copies (none would leave the loop below nothing to check).
    expect(sizes.length).toBeGreaterThan(0)
    for (const size of sizes) expect(keys).toContain(`media/${size}`)
    expect(localUploads()).toEqual([])
  })

  it('should serve the files from the bucket through the admin', async () => {
    const served = await adminFile('media', image.filename)
    expect(served.status).toBe(200)
    // The admin's upload headers hold for files from the bucket too (cms/uploads/uploadResponseHeaders.ts).
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await served.arrayBuffer()).equals(photo)).toBe(true)
    expect((await adminFile('files', 'not-there.pdf')).status).toBe(404)
  })
})

describe('a release built from uploads on S3', () => {
  it('should serve the image and the PDF exactly as uploaded', async () => {
    expect(articlePage).toContain('Stored in a bucket')
    const served = await live(`/media/${image.filename}`)
    expect(served.status).toBe(200)
    expect(served.bytes.equals(photo)).toBe(true)
    const guide = await live(`/files/${document.filename}`)
    expect(guide).toMatchObject({ status: 200, type: 'application/pdf' })
    expect(guide.bytes.equals(pdf)).toBe(true)
    expect((await live('/en/documents/cooperation-guide/')).bytes.toString('utf8')).toContain(`/files/${document.filename}`)
  })

  it('should serve the resized variants of the image the article page asks for', async () => {
    const variants = imageVariants(articlePage)
    expect(variants.length).toBeGreaterThan(0)
    for (const variant of variants) {
      const served = await live(variant)
      expect(served.status, variant).toBe(200)
      const { width, format } = await sharp(served.bytes).metadata()
      expect(width, variant).toBe(Number(/-(\d+)\./.exec(variant)![1]))
      expect(format === 'heif' ? 'avif' : format === 'jpeg' ? 'jpg' : format, variant).toBe(variant.split('.').at(-1))
    }
  })
})

describe('deleting uploads kept on S3', () => {
  let variants: string[]

  beforeAll(async () => {
    variants = imageVariants(articlePage)
    await payload.delete({ collection: 'media', id: image.id, user: editor, overrideAccess: false })
    await payload.delete({ collection: 'files', id: document.id, user: editor, overrideAccess: false })
    expect((await publishSite(payload, { trigger: 'after deleting uploads', root: releases.root })).status).toBe('live')
  }, 300_000)

  it('should remove the objects from the bucket, sizes included', async () => {
    const keys = await objectKeys()
    const stem = path.parse(image.filename).name
    expect(keys.filter((key) => key.startsWith(`media/${stem}`))).toEqual([])
    expect(keys).not.toContain(`files/${document.filename}`)
    // The corpus's own uploads stay.
    expect(keys).toEqual(expect.arrayContaining(['media/square.png', 'files/guide.en.pdf']))
  })

  it('should leave the next release', async () => {
    expect((await live(`/media/${image.filename}`)).status).toBe(404)
    expect((await live(`/files/${document.filename}`)).status).toBe(404)
    expect(variants.length).toBeGreaterThan(0)
    for (const variant of variants) expect((await live(variant)).status, variant).toBe(404)
    expect((await live('/files/guide.en.pdf')).status).toBe(200)
  })

  it('should still have written nothing to the admin’s disk', () => {
    expect(localUploads()).toEqual([])
  })
})
