import { describe, expect, it } from 'vitest'

import { expectedStatus } from '../../site/render/renderRoutes'

describe('the status a rendered route must answer with', () => {
  it('should expect 404 from the not-found pages only', () => {
    expect(expectedStatus({ url: '/404/', file: '404.html' })).toBe(404)
    expect(expectedStatus({ url: '/fr/404/', file: 'fr/404/index.html', page: { kind: 'notFound', locale: 'fr' } })).toBe(404)
  })

  it('should expect 200 from page 404 of a long list', () => {
    const page = { kind: 'list', locale: 'en', collection: 'articles', pageNumber: 404 } as const
    expect(expectedStatus({ url: '/en/news/page/404/', file: 'en/news/page/404/index.html', page })).toBe(200)
  })
})
