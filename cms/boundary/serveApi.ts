import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { SanitizedConfig } from 'payload'

import { graphqlRoutes, restRoutes } from './routes'

/**
 * The admin's API routes (routes.ts, exactly what `cms/app/(payload)/api/…/route.ts` exports) on a plain Node HTTP
 * server, the way Next calls them: REST with the path segments as `params.slug`, GraphQL at `/api/graphql`. The tests
 * and the benchmark reach Payload over real HTTP with real headers, cookies and bodies, without building the admin.
 */
export async function serveApi(config: Promise<SanitizedConfig> | SanitizedConfig, port = 0) {
  const rest = restRoutes(config) as Record<string, (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>>
  const graphql = graphqlRoutes(config) as unknown as Record<string, (request: Request) => Promise<Response>>
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of incoming) chunks.push(chunk as Buffer)
      const method = incoming.method ?? 'GET'
      const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
        method,
        headers: Object.entries(incoming.headers).flatMap(([name, value]) =>
          value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((one) => [name, one] as [string, string]),
        ),
        body: ['GET', 'HEAD'].includes(method) ? undefined : Buffer.concat(chunks),
      })
      const pathname = new URL(request.url).pathname
      let response: Response
      if (pathname === '/api/graphql') {
        const handler = graphql[method]
        response = handler ? await handler(request) : new Response(null, { status: 405 })
      } else if (pathname.startsWith('/api/')) {
        // Next decodes each segment of a catch-all route; a malformed escape never reaches the route.
        let slug: string[]
        try {
          slug = pathname.slice('/api/'.length).split('/').filter(Boolean).map(decodeURIComponent)
        } catch {
          response = new Response('Bad Request', { status: 400 })
          return send(outgoing, response)
        }
        const handler = rest[method]
        response = handler ? await handler(request, { params: Promise.resolve({ slug }) }) : new Response(null, { status: 405 })
      } else {
        response = new Response('Not Found', { status: 404 })
      }
      await send(outgoing, response)
    } catch (error) {
      // What Next does with an exception escaping a route: a 500 with no details.
      console.error(error)
      outgoing.writeHead(500).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

async function send(outgoing: http.ServerResponse, response: Response) {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return
    headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers['set-cookie'] = cookies
  outgoing.writeHead(response.status, headers)
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}
