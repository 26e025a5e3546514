import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The admin app (Payload on Next). Built with `next build cms`; the site is a separate Astro build. */
const nextConfig = {
  turbopack: { root: projectRoot },
  outputFileTracingRoot: projectRoot,
  // The admin must work without internet access: no remote images or fonts.
  images: { unoptimized: true },
  // No `X-Powered-By: Next.js`: it tells an attacker what to try. (Payload's own header is not sent either.)
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
