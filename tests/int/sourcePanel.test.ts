import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sourceValues } from '../../cms/translation/sidebyside/sourceValues'
import { startPayload, type TestPayload } from '../helpers/payload'
import { link, markedUpBody, para, richText, text } from '../helpers/richText'
import { createUser } from '../helpers/users'

let ctx: TestPayload
let payload: Payload
let editor: Awaited<ReturnType<typeof createUser>>
let translator: typeof editor

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  editor = await createUser(payload, 'editor')
  translator = await createUser(payload, 'translator', ['ar'])
})
afterAll(async () => ctx?.close())

async function article(body: unknown) {
  return payload.create({
    collection: 'articles',
    locale: 'en',
    data: { title: 'Source title', summary: 'Line one\nLine two', body: body as never, seo: { metaTitle: 'Meta' }, _status: 'draft' },
    draft: true,
    user: editor,
    overrideAccess: false,
  })
}

describe('source values for the side-by-side panel', () => {
  it('should give text as text and rich text as HTML with its headings, marks, links and lists', async () => {
    const { id } = await article(markedUpBody())
    const values = await sourceValues({ payload, user: translator as never, collection: 'articles', id })
    expect(values.locale).toMatchObject({ code: 'en', tag: 'en', dir: 'ltr', englishLabel: 'English' })
    expect(Object.keys(values.fields)).toEqual(['title', 'summary', 'body', 'seo.metaTitle'])
    expect(values.fields.summary).toMatchObject({ kind: 'text', text: 'Line one\nLine two' })
    const { html, value } = values.fields.body
    expect(html).toContain('<h2>Joint investigation</h2>')
    expect(html).toContain('<strong>three countries</strong>')
    expect(html).toMatch(/<a href="https:\/\/example.org\/report"[^>]*><em>full report<\/em><\/a>/)
    expect(html).toMatch(/<ul[^>]*>[^]*<ol[^>]*>[^]*Nested step/)
    expect(html).toContain('<blockquote>Cooperation works.</blockquote>')
    // The raw value is what "Copy from source" puts into the field.
    expect(value).toEqual(markedUpBody())
  })

  it('should sanitize the HTML: no script links survive', async () => {
    const { id } = await article(richText(para(link('javascript:alert(1)', text('click')), text(' <img src=x onerror=alert(1)>'))))
    const { html } = (await sourceValues({ payload, user: editor as never, collection: 'articles', id })).fields.body
    expect(html).not.toMatch(/javascript:|<img|<[^>]*onerror/)
    expect(html).toContain('&lt;img')
  })

  it('should name fields in blocks and arrays by row index, as the admin form does', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'en',
      data: {
        title: 'Contact',
        layout: [
          { blockType: 'facts', items: [{ value: 3, label: 'offices' }] },
          { blockType: 'richText', content: richText(para(text('Write to us.'))) },
        ],
      },
      user: editor,
      overrideAccess: false,
    })
    const { fields } = await sourceValues({ payload, user: editor as never, collection: 'pages', id: page.id })
    expect(fields['layout.0.items.0.label']).toMatchObject({ kind: 'text', text: 'offices' })
    expect(fields['layout.1.content'].html).toBe('<p>Write to us.</p>')
  })

  it('should be served to signed-in staff only', async () => {
    const { id } = await article(markedUpBody())
    const call = async (token?: string) =>
      handleEndpoints({
        config: payload.config,
        request: new Request(`http://localhost/api/articles/${id}/source?locale=en`, {
          headers: token ? { Authorization: `JWT ${token}` } : {},
        }),
      })
    expect((await call()).status).toBe(401)
    const { token } = await payload.login({ collection: 'users', data: { email: translator.email, password: 'correct horse battery staple' } })
    const response = await call(token)
    expect(response.status).toBe(200)
    expect((await response.json()).fields.title.text).toBe('Source title')
  })
})
