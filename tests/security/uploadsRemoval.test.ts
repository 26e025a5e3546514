import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mirrorRelease } from '../../publishing/releases/mirror'
import { publishSite } from '../../publishing/pipeline/publishSite'
import { type LayerDescription, materializeRelease, openRelease, Releases } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { serveSite } from '../../publishing/serve/siteServer'
import { listFiles } from '../helpers/builtSite'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { samples } from '../helpers/uploadSamples'

/**
 * Removal reaches the reader (issue 13: deleted uploads stayed public through incremental releases). An image
 * deleted, an image no longer used, a PDF replaced by another, and an image never used at all: none of them may be
 * served by the next release — incremental or full — nor by the mirror that nginx and Caddy serve.
 */
const ctx = usePayload()
let payload: Payload
let root: string
let releases: Releases
let site: Awaited<ReturnType<typeof serveSite>>
const names: Record<string, string> = {}
let firstRelease: string
let oldCoverVariants: string[]

const status = async (address: string) => (await fetch(`${site.url}${address}`)).status
const image = (background: string) => sharp({ create: { width: 96, height: 64, channels: 3, background } }).png().toBuffer()
const asFile = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })
const variantsOf = (source: Buffer, release: string) => {
  const hash = createHash('sha1').update(source).digest('base64url').slice(0, 12)
  return listFiles(release).filter((file) => file.startsWith(`_img/${hash}-`))
}
/** Every upload and image variant a release serves, with its bytes. */
const servedUploads = (release: string) => {
  const flat = fs.mkdtempSync(path.join(ctx().dataDir, 'flat-'))
  materializeRelease(release, flat)
  return new Map(listFiles(flat).filter((file) => /^(media|files|_img)\//.test(file)).map((file) => [file, fs.readFileSync(path.join(flat, file))]))
}

let coverBytes: Buffer

/** Every `/media/…` and `/files/…` address the pages, feeds and sitemaps of a release point to. */
const linkedUploads = (release: string) => {
  const flat = fs.mkdtempSync(path.join(ctx().dataDir, 'links-'))
  materializeRelease(release, flat)
  const addresses = new Set<string>()
  for (const file of listFiles(flat).filter((name) => /\.(html|xml|json)$/.test(name))) {
    for (const match of fs.readFileSync(path.join(flat, file), 'utf8').matchAll(/["'(](?:https?:\/\/[^/"']+)?(\/(?:media|files)\/[^"'\s)?#]+)/g)) addresses.add(decodeURIComponent(match[1]))
  }
  return [...addresses]
}

beforeAll(async () => {
  payload = ctx().payload
  root = path.join(ctx().dataDir, 'site')
  releases = new Releases(root)
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  coverBytes = await image('#b03030')
  const cover = await payload.create({ collection: 'media', data: { alt: 'Cover' }, file: asFile(coverBytes, 'cover.png', 'image/png') })
  const share = await payload.create({ collection: 'media', data: { alt: 'Share' }, file: asFile(await image('#3050b0'), 'share.png', 'image/png') })
  const spare = await payload.create({ collection: 'media', data: { alt: 'Never used' }, file: asFile(await image('#30b050'), 'spare.png', 'image/png') })
  Object.assign(names, { cover: cover.filename, share: share.filename, spare: spare.filename })
  const [article] = (await payload.find({ collection: 'articles', where: { slug: { equals: 'forum-opens' } } })).docs
  await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { cover: cover.id, seo: { shareImage: share.id }, _status: 'published' } as never })
  expect((await publishSite(payload, { trigger: 'with the uploads', root })).status).toBe('live')
  firstRelease = releases.current()!
  oldCoverVariants = variantsOf(coverBytes, firstRelease)
  site = await serveSite(() => releases.currentLink)

  // Then: the share image deleted, the cover replaced by another image (the old one stays in the CMS, unused),
  // and the document's PDF replaced by another file.
  await payload.delete({ collection: 'media', id: share.id })
  const square = (await payload.find({ collection: 'media', where: { filename: { equals: 'square.png' } } })).docs[0]
  await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { cover: square.id, _status: 'published' } as never })
  const guide = (await payload.find({ collection: 'files', where: { filename: { equals: 'guide.en.pdf' } } })).docs[0]
  const replaced = await payload.update({ collection: 'files', id: guide.id, data: {}, file: asFile(samples.otherPdf(), 'guide.en.pdf', 'application/pdf') })
  names.guide = replaced.filename!
}, 300_000)

afterAll(() => site?.close())

describe('the first release', () => {
  it('should serve the uploads published content uses, and not an image nothing uses', async () => {
    expect(await status(`/media/${names.cover}`)).toBe(200)
    expect(await status(`/media/${names.share}`)).toBe(200)
    expect(await status('/files/guide.en.pdf')).toBe(200)
    expect(oldCoverVariants.length).toBeGreaterThan(0)
    expect(await status(`/media/${names.spare}`)).toBe(404)
    expect(await status('/media/square.png')).toBe(404)
  })

  it('should hold every upload its pages link to', async () => {
    const linked = linkedUploads(firstRelease)
    expect(linked).toEqual(expect.arrayContaining([`/media/${names.share}`, '/files/guide.en.pdf']))
    for (const address of linked) expect(await status(encodeURI(address)), address).toBe(200)
  })
})

describe('after deleting, replacing and no longer using uploads', () => {
  let layered: string

  beforeAll(async () => {
    expect((await publishSite(payload, { trigger: 'after the removals', root })).status).toBe('live')
    layered = releases.current()!
  }, 300_000)

  it('should record the removed uploads as deleted in the incremental layer', () => {
    expect(openRelease(layered).layers).toHaveLength(2)
    const { deleted } = JSON.parse(fs.readFileSync(path.join(layered, '.release', 'layer.json'), 'utf8')) as LayerDescription
    expect(deleted).toEqual(expect.arrayContaining([`media/${names.cover}`, `media/${names.share}`, ...oldCoverVariants]))
  })

  it('should no longer serve them, and serve what replaced them', async () => {
    for (const address of [`/media/${names.cover}`, `/media/${names.share}`, `/media/${names.spare}`, ...oldCoverVariants.map((file) => `/${file}`)]) {
      expect(await status(address), address).toBe(404)
    }
    expect(await status('/media/square.png')).toBe(200)
    expect(await status(`/files/${names.guide}`)).toBe(200)
    if (names.guide !== 'guide.en.pdf') expect(await status('/files/guide.en.pdf')).toBe(404)
    const served = await fetch(`${site.url}/files/${names.guide}`)
    expect(Buffer.from(await served.arrayBuffer()).equals(samples.otherPdf())).toBe(true)
  })

  it('should keep them gone through later publishes, and serve the same uploads as a full build', async () => {
    const [article] = (await payload.find({ collection: 'articles', where: { slug: { equals: 'forum-opens' } } })).docs
    await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { summary: 'Twelve delegations met again.', _status: 'published' } })
    expect((await publishSite(payload, { trigger: 'a later edit', root })).status).toBe('live')
    const incremental = releases.current()!
    expect(openRelease(incremental).layers).toHaveLength(2)
    for (const address of [`/media/${names.cover}`, `/media/${names.share}`, ...oldCoverVariants.map((file) => `/${file}`)]) expect(await status(address), address).toBe(404)
    const fromLayers = servedUploads(incremental)
    expect((await publishSite(payload, { trigger: 'everything', root, full: true })).status).toBe('live')
    const full = servedUploads(releases.current()!)
    expect([...fromLayers.keys()].filter((file) => !file.startsWith('_img/')).sort()).toEqual([...full.keys()].filter((file) => !file.startsWith('_img/')).sort())
    for (const [file, bytes] of full) expect(fromLayers.get(file)?.equals(bytes), file).toBe(true)
    for (const file of [`media/${names.cover}`, `media/${names.share}`, `media/${names.spare}`, ...oldCoverVariants]) expect(full.has(file), file).toBe(false)
    for (const address of linkedUploads(releases.current()!)) expect(full.has(address.slice(1)), address).toBe(true)
  })

  it('should leave them out of the mirror for nginx, Caddy or a CDN', () => {
    const www = path.join(ctx().dataDir, 'www')
    mirrorRelease(releases.current()!, www)
    const mirrored = new Set(listFiles(path.join(www, 'current')))
    for (const file of [`media/${names.cover}`, `media/${names.share}`, `media/${names.spare}`, ...oldCoverVariants]) expect(mirrored.has(file), file).toBe(false)
    expect(mirrored.has('media/square.png')).toBe(true)
    expect(mirrored.has(`files/${names.guide}`)).toBe(true)
  })
})
