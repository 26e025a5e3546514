import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { handleEndpoints } from 'payload'

/**
 * Payload's REST API on a plain Node HTTP server (Payload's documented way to serve it without Next): what the site
 * server's preview calls in production, here on a free port.
 */
export async function serveRestApi() {
  const { default: config } = await import('../../cms/payload.config')
  const server = http.createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
      method: incoming.method,
      headers: incoming.headers as Record<string, string>,
      body: ['GET', 'HEAD'].includes(incoming.method ?? 'GET') ? undefined : Buffer.concat(chunks),
    })
    const response = await handleEndpoints({ config, request })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
