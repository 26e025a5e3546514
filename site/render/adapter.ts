import path from 'node:path'

import type { AstroIntegration } from 'astro'

import { devAssets } from './devAssets'

/**
 * Concord's own adapter: Astro builds the site as a server bundle, and Concord's renderer (site/render/renderSite.ts)
 * calls it route by route to write static files. No published adapter exposes Astro's `App` to a build script
 * (`@astrojs/node` keeps it inside its HTTP handler), and rendering only the routes a publish affects needs exactly that.
 */
export function concordRenderer(): AstroIntegration {
  return {
    name: 'concord-renderer',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const exportDir = () => process.env.CONCORD_EXPORT_DIR ?? path.join(process.cwd(), '.data', 'export')
        server.middlewares.use(devAssets(exportDir))
      },
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'concord-renderer',
          entrypointResolution: 'auto',
          serverEntrypoint: new URL('./serverEntry.ts', import.meta.url),
          adapterFeatures: { buildOutput: 'server' },
          supportedAstroFeatures: {
            staticOutput: 'stable',
            serverOutput: 'stable',
            hybridOutput: 'stable',
            sharpImageService: 'stable',
          },
        })
      },
    },
  }
}
