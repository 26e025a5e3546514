import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { serveSite } from '../../publishing/serve/siteServer'
import { observatoryScan, selfSignedCertificate } from '../helpers/observatory'

const siteDir = inject('siteDir')

describe('the site server over HTTPS', () => {
  const certificate = selfSignedCertificate()
  let server: Awaited<ReturnType<typeof serveSite>>
  beforeAll(async () => {
    server = await serveSite(() => siteDir, 0, '127.0.0.1', { tls: certificate, httpPort: 0 })
  })
  afterAll(async () => server?.close())

  it('should send plain-HTTP visitors to the same address over HTTPS', async () => {
    const response = await fetch(`${server.httpUrl}/en/news/?page=2`, { redirect: 'manual' })
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe(`${server.url}/en/news/?page=2`)
  })

  it('should get grade A+ from the MDN HTTP Observatory, failing no test', async () => {
    const result = await observatoryScan('127.0.0.1', Number(new URL(server.httpUrl!).port), Number(new URL(server.url).port), certificate.certFile)
    const failed = Object.entries(result.tests).filter(([, test]) => !test.pass || test.scoreModifier < 0)
    expect(result.verified, 'the scanner did not trust the test certificate').toBe(true)
    expect(failed, JSON.stringify(failed, null, 2)).toEqual([])
    expect(result.grade, `score ${result.score}`).toBe('A+')
  })
})
