import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { ApiClient } from './apiClient'
import { serveApi } from './apiServer'
import { startPayload, type TestPayload } from './payload'
import { paragraph } from './richText'
import { createUser } from './users'
import type { Role } from '../../cms/access/roles'

export interface ApiPortal {
  payload: Payload
  dataDir: string
  /** The admin's API over HTTP (the real route handlers). */
  url: string
  anonymous: ApiClient
}

/**
 * Payload on the test file's own database with the admin's API served over HTTP, started once for the file and
 * stopped after it. `beforeStart` runs first (environment a test needs at start-up, e.g. an SMTP server).
 *
 * @example const portal = useApiPortal(); it('…', () => portal().anonymous.get('/api/articles'))
 */
export function useApiPortal(beforeStart?: () => void | Promise<void>): () => ApiPortal {
  let ctx: TestPayload | undefined
  let api: Awaited<ReturnType<typeof serveApi>> | undefined
  let portal: ApiPortal | undefined
  beforeAll(async () => {
    await beforeStart?.()
    ctx = await startPayload()
    api = await serveApi()
    portal = { payload: ctx.payload, dataDir: ctx.dataDir, url: api.url, anonymous: new ApiClient(api.url) }
  })
  afterAll(async () => {
    await api?.close()
    await ctx?.close()
  })
  return () => {
    if (!portal) throw new Error('The portal has not started yet: use it inside tests or hooks')
    return portal
  }
}

/** A new staff account of a role and an HTTP client signed in as it (session cookie, as in a browser). */
export async function signedInAs(portal: ApiPortal, role: Role, locales: string[] = []) {
  const user = await createUser(portal.payload, role, locales)
  return { user, client: await ApiClient.signIn(portal.url, user.email) }
}

/** An English article published by `user` through the access-checked Local API; more fields in `data`. */
export async function publishedArticle(payload: Payload, user: Awaited<ReturnType<typeof createUser>>, title: string, data: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'articles',
    locale: 'en',
    data: { title, summary: `${title} summary`, body: paragraph(`${title} body`), _status: 'published', ...data } as never,
    user,
    overrideAccess: false,
  })
}
