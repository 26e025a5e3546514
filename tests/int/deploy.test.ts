import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '../../cms/fields/slugify'
import { projectRoot } from '../../cms/paths'
import { mirrorRelease } from '../../publishing/releases/mirror'
import { publishSite } from '../../publishing/pipeline/publishSite'
import { Releases } from '../../publishing/releases/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { samples } from '../helpers/uploadSamples'

/**
 * The shipped web server configurations, deploy/nginx.conf and deploy/Caddyfile, each run as shipped (only the
 * address, TLS and folder of this machine swapped in) in Debian's nginx and Caddy, against the same mirrored layered
 * release, and held to the same expectations.
 */
const installed = (command: string, versionFlag: string) => spawnSync(command, [versionFlag]).status === 0
const servers = { nginx: installed('nginx', '-v'), caddy: installed('caddy', 'version') }
for (const [name, present] of Object.entries(servers)) {
  if (!present) console.warn(`SKIPPED: ${name} is not installed (.ci/run installs it); deploy/${name === 'nginx' ? 'nginx.conf' : 'Caddyfile'} was not exercised.`)
}

const ctx = usePayload()
let payload: Payload
let www: string
const bases: Record<string, string> = {}
const children: ChildProcess[] = []
/** The uploads of the layered release: one served, one deleted since the first release. */
const uploads = { video: '', captions: '', removed: '' }
/**
 * The demo's captions with two more cues: over 512 bytes, so the build writes compressed copies of them (smaller
 * files gain too little to be worth two more files, site/render/precompress.ts).
 */
const captionsText = Buffer.from(
  `${samples.vtt().toString('utf8')}\n00:00:10.000 --> 00:00:14.000\nThe delegations compared the results of their joint investigations.\n\n` +
    `00:00:14.000 --> 00:00:18.000\nThey agreed on a common approach to requests for mutual legal assistance.\n`,
)
/** Items reached by permanent link: one in English, Arabic and Thai, one video, one removed before the layered release. */
const items = { multilingual: '', video: '', removed: '' }
const arabic = { title: 'التعاون عبر الحدود', slug: 'التعاون-عبر-الحدود' }
const thai = { title: 'ความร่วมมือข้ามพรมแดน', slug: 'ความร่วมมือข้ามพรมแดน' }

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

async function waitUntilServing(url: string, log: () => string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await fetch(url).then(() => true, () => false)) return url
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`The server did not start: ${log()}`)
}

/** deploy/nginx.conf as shipped, with only the address, TLS and folder of this test machine swapped in. */
async function startNginx(): Promise<string> {
  const port = await freePort()
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-nginx-'))
  const site = fs
    .readFileSync(path.join(projectRoot, 'deploy', 'nginx.conf'), 'utf8')
    .replace('listen 443 ssl;', `listen 127.0.0.1:${port};`)
    .replace(/^\s*(http2|ssl_certificate\w*) .*$/gm, '')
    .replaceAll('/srv/concord/www', www)
  fs.writeFileSync(path.join(work, 'site.conf'), site)
  fs.writeFileSync(
    path.join(work, 'nginx.conf'),
    `daemon off; master_process off; pid ${work}/nginx.pid; error_log ${work}/error.log;
events {}
http { access_log off; client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi; include ${work}/site.conf; }
`,
  )
  const child = spawn('nginx', ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'inherit' })
  children.push(child)
  return waitUntilServing(`http://127.0.0.1:${port}`, () => fs.readFileSync(path.join(work, 'error.log'), 'utf8'))
}

/**
 * deploy/Caddyfile as shipped, imported into a site of this machine: plain HTTP on a free loopback port, no admin
 * endpoint, no certificates, Caddy's own state in a temporary folder.
 */
async function startCaddy(): Promise<string> {
  const port = await freePort()
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-caddy-'))
  const site = fs
    .readFileSync(path.join(projectRoot, 'deploy', 'Caddyfile'), 'utf8')
    .replace(/^portal\.example\.org \{/m, `http://127.0.0.1:${port} {`)
    .replaceAll('/srv/concord/www', www)
  fs.writeFileSync(path.join(work, 'Caddyfile'), `{\n\tadmin off\n\tauto_https off\n}\n${site}`)
  const environment = { ...process.env, HOME: work, XDG_CONFIG_HOME: work, XDG_DATA_HOME: work }
  const check = spawnSync('caddy', ['validate', '--config', path.join(work, 'Caddyfile'), '--adapter', 'caddyfile'], { env: environment, encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`deploy/Caddyfile does not validate:\n${check.stderr}`)
  let log = ''
  const child = spawn('caddy', ['run', '--config', path.join(work, 'Caddyfile'), '--adapter', 'caddyfile'], { env: environment, cwd: work })
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  children.push(child)
  return waitUntilServing(`http://127.0.0.1:${port}`, () => log)
}

const image = (background: string) => sharp({ create: { width: 96, height: 64, channels: 3, background } }).png().toBuffer()
const asFile = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })

beforeAll(async () => {
  if (!servers.nginx && !servers.caddy) return
  payload = ctx().payload
  const root = path.join(ctx().dataDir, 'site')
  www = path.join(ctx().dataDir, 'www')
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  // A published video with captions, and a document whose share image is later deleted.
  const video = await payload.create({ collection: 'files', data: {}, file: asFile(samples.mp4(), 'clip.mp4', 'video/mp4') })
  const captions = await payload.create({ collection: 'files', data: {}, file: asFile(captionsText, 'clip.en.vtt', 'text/vtt') })
  const mirroredVideo = await payload.create({ collection: 'videos', locale: 'en', data: { title: 'Mirrored video', description: 'd', video: video.id, captions: captions.id, _status: 'published' } as never })
  // An article in English, Arabic and Thai (native-script slugs), and one removed before the layered release.
  const multilingual = await payload.create({ collection: 'articles', locale: 'en', data: { title: 'Across borders', summary: 's', body: paragraph('b'), _status: 'published' } })
  for (const [locale, title] of [['ar', arabic.title], ['th', thai.title]] as const) {
    await payload.update({ collection: 'articles', id: multilingual.id, locale, data: { title, summary: 's', body: paragraph('b'), _status: 'published' } })
  }
  const removedLater = await payload.create({ collection: 'articles', locale: 'en', data: { title: 'Gone soon', summary: 's', body: paragraph('b'), _status: 'published' } })
  Object.assign(items, { multilingual: String(multilingual.id), video: String(mirroredVideo.id), removed: String(removedLater.id) })
  const removed = await payload.create({ collection: 'media', data: { alt: 'Removed later' }, file: asFile(await image('#a04080'), 'removed.png', 'image/png') })
  const [guide] = (await payload.find({ collection: 'documents', limit: 1 })).docs
  await payload.update({ collection: 'documents', id: guide.id, locale: 'en', data: { seo: { shareImage: removed.id }, _status: 'published' } as never })
  Object.assign(uploads, { video: video.filename, captions: captions.filename, removed: removed.filename })
  expect((await publishSite(payload, { trigger: 'first release', root })).status).toBe('live')
  // A second, layered release: a new article whose slug then changes, the first one unpublished, an image deleted.
  const square = (await payload.find({ collection: 'media', where: { filename: { equals: 'square.png' } } })).docs[0]
  const article = await payload.create({ collection: 'articles', locale: 'en', data: { title: 'Mirrored news', summary: 's', body: paragraph('b'), cover: square.id, _status: 'published' } })
  await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { slug: 'mirrored-news-renamed', _status: 'published' } })
  const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'forum-opens' } } })
  await payload.update({ collection: 'articles', id: docs[0].id, data: { _status: 'draft' } })
  await payload.delete({ collection: 'media', id: removed.id })
  await payload.delete({ collection: 'articles', id: removedLater.id })
  expect((await publishSite(payload, { trigger: 'layered release', root })).status).toBe('live')
  mirrorRelease(new Releases(root).current()!, www)
  // What an older version may have left in the upload folders: a page and its script, under their own names.
  fs.writeFileSync(path.join(www, 'current', 'files', 'legacy.html'), '<script src="/files/legacy.js"></script>')
  fs.writeFileSync(path.join(www, 'current', 'media', 'legacy.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
  if (servers.nginx) bases.nginx = await startNginx()
  if (servers.caddy) bases.caddy = await startCaddy()
}, 300_000)

afterAll(() => {
  for (const child of children) child.kill('SIGTERM')
})

const uploadPolicy = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox"

describe.each([
  ['deploy/nginx.conf in nginx', 'nginx'],
  ['deploy/Caddyfile in Caddy', 'caddy'],
] as const)('%s serving a mirrored release', (_label, server) => {
  const base = () => bases[server]

  it.skipIf(!servers[server])('should serve pages with the security headers and revalidation, and hashed assets as immutable', async () => {
    const home = await fetch(`${base()}/en/`)
    expect(home.status).toBe(200)
    expect(home.headers.get('content-type')).toMatch(/^text\/html/)
    expect(home.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'")
    expect(home.headers.get('content-security-policy')).not.toContain("'unsafe-inline'")
    expect(home.headers.get('x-content-type-options')).toBe('nosniff')
    expect(home.headers.get('x-frame-options')).toBe('DENY')
    expect(home.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(home.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(home.headers.get('content-disposition')).toBeNull()
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(await home.text())![1]
    const css = await fetch(`${base()}${stylesheet}`)
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(css.headers.get('content-type')).toContain('text/css')
  })

  it.skipIf(!servers[server])('should send the compressed copies written at build time', async () => {
    const page = await fetch(`${base()}/en/`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(page.headers.get('content-encoding')).toBe('gzip')
    expect(await page.text()).toContain('<html lang="en"')
    const captions = await fetch(`${base()}/files/${uploads.captions}`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(captions.headers.get('content-encoding')).toBe('gzip')
    expect(captionsText.length).toBeGreaterThan(512)
    expect(await captions.text()).toBe(captionsText.toString('utf8'))
  })

  it.skipIf(!servers[server])('should serve the changes of the layered release: new pages, redirects, and removed pages gone', async () => {
    expect((await fetch(`${base()}/en/news/mirrored-news-renamed/`)).status).toBe(200)
    const old = await fetch(`${base()}/en/news/mirrored-news/`, { redirect: 'manual' })
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toMatch(/^(http:\/\/127\.0\.0\.1:\d+)?\/en\/news\/mirrored-news-renamed\/$/)
    expect((await fetch(`${base()}/en/news/forum-opens/`)).status).toBe(404)
  })

  it.skipIf(!servers[server])('should answer a missing address with the 404 page of its language', async () => {
    const missing = await fetch(`${base()}/ar/news/no-such-page/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('<html lang="ar" dir="rtl"')
  })

  it.skipIf(!servers[server])('should serve uploads as their kind, with nosniff and a policy under which nothing runs', async () => {
    for (const [address, type, policy] of [
      ['/media/square.png', 'image/png', uploadPolicy],
      ['/files/guide.en.pdf', 'application/pdf', uploadPolicy],
      [`/files/${uploads.captions}`, 'text/vtt; charset=utf-8', uploadPolicy],
      [`/files/${uploads.video}`, 'video/mp4', uploadPolicy.replace(/sandbox$/, 'sandbox allow-same-origin')],
    ]) {
      const answer = await fetch(`${base()}${address}`)
      expect(answer.status, address).toBe(200)
      expect(answer.headers.get('content-type')?.replace(/;\s*/, '; ').toLowerCase(), address).toBe(type)
      expect(answer.headers.get('x-content-type-options'), address).toBe('nosniff')
      expect(answer.headers.get('content-security-policy'), address).toBe(policy)
      expect(answer.headers.get('content-disposition'), address).toBeNull()
    }
  })

  it.skipIf(!servers[server])('should serve a file of any other kind in the upload folders only as a download', async () => {
    for (const address of ['/files/legacy.html', '/media/legacy.svg']) {
      const answer = await fetch(`${base()}${address}`)
      expect(answer.status, address).toBe(200)
      expect(answer.headers.get('content-type'), address).toBe('application/octet-stream')
      expect(answer.headers.get('content-disposition'), address).toBe('attachment')
      expect(answer.headers.get('content-security-policy'), address).toBe(uploadPolicy)
    }
  })

  it.skipIf(!servers[server])('should no longer serve an upload deleted before the layered release', async () => {
    expect((await fetch(`${base()}/media/${uploads.removed}`)).status).toBe(404)
  })

  const location = (answer: Response) => answer.headers.get('location')?.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')

  it.skipIf(!servers[server])('should answer permanent links with the item in the reader’s language, not to be kept', async () => {
    const go = (query: string, headers: Record<string, string> = {}) => fetch(`${base()}/go/article/${items.multilingual}/${query}`, { headers, redirect: 'manual' })
    const english = await go('')
    expect(english.status).toBe(302)
    expect(location(english)).toBe('/en/news/across-borders/')
    expect(english.headers.get('vary')).toContain('Accept-Language')
    expect(english.headers.get('cache-control')).toBe('private, no-store')
    expect(location(await go('', { 'Accept-Language': 'ar-EG,ar;q=0.9,en;q=0.5' }))).toBe(`/ar/news/${encodeURIComponent(arabic.slug)}/`)
    expect(location(await go('', { 'Accept-Language': 'TH' }))).toBe(`/th/news/${encodeURIComponent(thai.slug)}/`)
    // Not published in French: the item's own language.
    expect(location(await go('', { 'Accept-Language': 'fr-FR' }))).toBe('/en/news/across-borders/')
    // The explicit choice wins: `?lang=`, then the language switcher's cookie.
    expect(location(await go('?lang=th', { 'Accept-Language': 'ar', Cookie: 'concord-language=ar' }))).toBe(`/th/news/${encodeURIComponent(thai.slug)}/`)
    expect(location(await go('', { 'Accept-Language': 'en', Cookie: 'theme=dark; concord-language=ar' }))).toBe(`/ar/news/${encodeURIComponent(arabic.slug)}/`)
    const video = await fetch(`${base()}/go/video/${items.video}`, { redirect: 'manual' })
    expect(video.status).toBe(301)
    expect(location(video)).toBe(`/go/video/${items.video}/`)
    expect(location(await fetch(`${base()}/go/video/${items.video}/`, { redirect: 'manual' }))).toBe('/en/videos/mirrored-video/')
  })

  it.skipIf(!servers[server])('should answer a removed or unknown item’s permanent link with the 404 page', async () => {
    for (const address of [`/go/article/${items.removed}/`, '/go/article/999999/', `/go/nothing/${items.multilingual}/`]) {
      const answer = await fetch(`${base()}${address}`, { redirect: 'manual' })
      expect(answer.status, address).toBe(404)
      expect(await answer.text(), address).toContain('<html')
    }
  })

  it.skipIf(!servers[server])('should serve Arabic and Thai native-script addresses and redirect their romanized forms', async () => {
    for (const [segment, { title, slug }] of [['ar', arabic], ['th', thai]] as const) {
      const page = await fetch(`${base()}/${segment}/news/${encodeURIComponent(slug)}/`)
      expect(page.status, segment).toBe(200)
      expect(await page.text(), segment).toContain(title)
      const old = await fetch(`${base()}/${segment}/news/${slugify(title)}/`, { redirect: 'manual' })
      expect(old.status, segment).toBe(301)
      expect(location(old), segment).toBe(`/${segment}/news/${encodeURIComponent(slug)}/`)
    }
  })

  it.skipIf(!servers[server])('should let other sites frame a video’s embed page and nothing else', async () => {
    const embed = await fetch(`${base()}/en/embed/video/${items.video}/`)
    expect(embed.status).toBe(200)
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(embed.headers.get('x-frame-options')).toBeNull()
    for (const address of ['/en/videos/mirrored-video/', '/en/', `/oembed/en/video/${items.video}.json`]) {
      const answer = await fetch(`${base()}${address}`)
      expect(answer.status, address).toBe(200)
      expect(answer.headers.get('x-frame-options'), address).toBe('DENY')
      expect(answer.headers.get('content-security-policy'), address).toContain("frame-ancestors 'none'")
    }
    const missing = await fetch(`${base()}/en/embed/video/999999/`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-frame-options')).toBe('DENY')
  })
})
