import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { projectRoot } from '../../cms/paths'
import { uploadKinds } from '../../cms/uploads/uploadKinds'
import {
  modifyUploadResponseHeaders,
  uploadContentSecurityPolicy,
  uploadHeadersForFile,
  videoUploadContentSecurityPolicy,
} from '../../cms/uploads/uploadResponseHeaders'

describe('how uploads are served', () => {
  it('should give every kind Concord keeps its own type, never one a browser runs, with nosniff and a sandbox', () => {
    for (const [name, kind] of Object.entries(uploadKinds)) {
      for (const extension of kind.extensions) {
        const headers = uploadHeadersForFile(`file.${extension}`)
        expect(headers['Content-Type'], name).toMatch(/^(image\/(jpeg|png|webp|avif)|application\/pdf|video\/(mp4|webm)|text\/vtt; charset=utf-8)$/)
        expect(headers['X-Content-Type-Options']).toBe('nosniff')
        expect(headers['Content-Security-Policy']).toMatch(/^default-src 'none';.*; sandbox( allow-same-origin)?$/)
        expect(headers['Content-Security-Policy']).not.toContain('allow-scripts')
        expect(headers['Content-Disposition']).toBeUndefined()
      }
    }
  })

  it('should serve anything else in the upload folders as an opaque download', () => {
    for (const name of ['page.html', 'script.js', 'logo.svg', 'feed.xml', 'archive', 'captions.vtt.html']) {
      expect(uploadHeadersForFile(name)).toMatchObject({ 'Content-Type': 'application/octet-stream', 'Content-Disposition': 'attachment' })
    }
  })

  it("should turn the admin's sniffed HTML, SVG or script type into a download, and keep an image's", () => {
    const html = modifyUploadResponseHeaders({ headers: new Headers({ 'Content-Type': 'text/html' }) })
    expect(html.get('content-type')).toBe('application/octet-stream')
    expect(html.get('content-disposition')).toBe('attachment')
    const svg = modifyUploadResponseHeaders({ headers: new Headers({ 'Content-Type': 'image/svg+xml', 'Content-Security-Policy': "script-src 'none'" }) })
    expect(svg.get('content-type')).toBe('application/octet-stream')
    expect(svg.get('content-security-policy')).toBe(uploadContentSecurityPolicy)
    const png = modifyUploadResponseHeaders({ headers: new Headers({ 'Content-Type': 'image/png' }) })
    expect(png.get('content-type')).toBe('image/png')
    expect(png.get('x-content-type-options')).toBe('nosniff')
    expect(png.get('content-disposition')).toBeNull()
  })

  it('should be spelled the same in the shipped nginx and Caddy configurations', () => {
    for (const file of ['nginx.conf', 'Caddyfile']) {
      const config = fs.readFileSync(path.join(projectRoot, 'deploy', file), 'utf8')
      expect(config, file).toContain(`"${uploadContentSecurityPolicy}"`)
      expect(config, file).toContain(`"${videoUploadContentSecurityPolicy}"`)
      for (const kind of Object.values(uploadKinds)) expect(config, `${file}: ${kind.mime}`).toContain(kind.mime)
    }
  })
})
