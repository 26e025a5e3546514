/** The admin's API over HTTP for a test file, on the Payload config the test's environment selects. */
export async function serveApi() {
  const { default: config } = await import('../../cms/payload.config')
  const { serveApi: serve } = await import('../../cms/boundary/serveApi')
  return serve(config)
}
