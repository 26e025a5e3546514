import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../cms/paths'
import { mirrorRelease } from '../../cms/publishing/mirror'
import { publishSite } from '../../cms/publishing/publishSite'
import { Releases } from '../../cms/publishing/releases'
import { loadCorpus } from '../../cms/seed/corpus'
import { importCorpus } from '../../cms/seed/importCorpus'
import { fixtureCorpus } from '../helpers/corpus'
import { usePayload } from '../helpers/payload'
import { paragraph } from '../helpers/richText'

const nginx = spawnSync('nginx', ['-v']).status === 0 ? 'nginx' : undefined
if (!nginx) console.warn('SKIPPED: nginx is not installed (.ci/run installs nginx-light); deploy/nginx.conf was not exercised.')

const ctx = usePayload()
let payload: Payload
let base: string
let stopNginx: (() => void) | undefined

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** deploy/nginx.conf as shipped, with only the address, TLS and folder of this test machine swapped in. */
async function startNginx(www: string): Promise<string> {
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
  const child = spawn(nginx!, ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'inherit' })
  stopNginx = () => child.kill('SIGQUIT')
  for (let attempt = 0; attempt < 50; attempt++) {
    const ready = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)
    if (ready) return `http://127.0.0.1:${port}`
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`nginx did not start: ${fs.readFileSync(path.join(work, 'error.log'), 'utf8')}`)
}

beforeAll(async () => {
  if (!nginx) return
  payload = ctx().payload
  const root = path.join(ctx().dataDir, 'site')
  const www = path.join(ctx().dataDir, 'www')
  await importCorpus(payload, loadCorpus(fixtureCorpus))
  expect((await publishSite(payload, 'first release', root)).status).toBe('live')
  // A second, layered release: a new article whose slug then changes, and the first one unpublished.
  const article = await payload.create({ collection: 'articles', locale: 'en', data: { title: 'Mirrored news', summary: 's', body: paragraph('b'), _status: 'published' } })
  await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { slug: 'mirrored-news-renamed', _status: 'published' } })
  const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'forum-opens' } } })
  await payload.update({ collection: 'articles', id: docs[0].id, data: { _status: 'draft' } })
  expect((await publishSite(payload, 'layered release', root)).status).toBe('live')
  mirrorRelease(new Releases(root).current()!, www)
  base = await startNginx(path.join(www))
}, 240_000)

afterAll(() => stopNginx?.())

describe.skipIf(!nginx)('deploy/nginx.conf serving a mirrored release', () => {
  it('should serve pages with the security headers and revalidation, and hashed assets as immutable', async () => {
    const home = await fetch(`${base}/en/`)
    expect(home.status).toBe(200)
    expect(home.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'")
    expect(home.headers.get('content-security-policy')).not.toContain("'unsafe-inline'")
    expect(home.headers.get('x-content-type-options')).toBe('nosniff')
    expect(home.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(await home.text())![1]
    const css = await fetch(`${base}${stylesheet}`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(css.headers.get('cache-control')).toContain('immutable')
    expect(css.headers.get('content-type')).toContain('text/css')
  })

  it('should serve the changes of the layered release: new pages, redirects, and removed pages gone', async () => {
    expect((await fetch(`${base}/en/news/mirrored-news-renamed/`)).status).toBe(200)
    const old = await fetch(`${base}/en/news/mirrored-news/`, { redirect: 'manual' })
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toContain('/en/news/mirrored-news-renamed/')
    expect((await fetch(`${base}/en/news/forum-opens/`)).status).toBe(404)
  })

  it('should answer a missing address with the 404 page of its language', async () => {
    const missing = await fetch(`${base}/ar/news/no-such-page/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('<html lang="ar" dir="rtl"')
  })
})
