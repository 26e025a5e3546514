import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { adminOrigins, configuredServerUrl } from './boundary/adminOrigins'
import { limitAliases } from './boundary/graphqlAliases'
import { graphqlLimits, readLimits } from './boundary/limits'
import { withBoundary } from './boundary/withBoundary'
import { collections } from './collections'
import { databaseAdapter, resolveDatabaseTarget } from './database'
import { emailAdapter } from './email'
import { adminLanguages } from './i18n/adminLanguages'
import { adminTranslations } from './i18n/adminMessages'
import { withTitleFallback } from './components/editing/withTitleFallback'
import { localization } from './localization'
import { projectRoot } from './paths'
import { previewEndpoint, withPreview } from './export/previewEndpoint'
import { openApiEndpoint } from './publicApi/openApiEndpoint'
import { siteBuildQueue } from './publishing/jobNames'
import { publishSiteTask } from '../publishing/pipeline/publishSiteTask'
import { payloadSecret } from './secret'
import { storagePlugins } from './storage'
import { translationEndpoints } from './translation/endpoints'
import { itemsToTranslate } from './translation/exchangeSelection'
import { translationExchangeEndpoints } from './translation/xliff/endpoints'

const cmsDir = path.join(projectRoot, 'cms')

export default buildConfig({
  secret: payloadSecret(),
  // The admin's public origin (links in e-mails) and the origins whose requests may use a session cookie (CSRF).
  ...(configuredServerUrl() ? { serverURL: configuredServerUrl() } : {}),
  csrf: adminOrigins(),
  maxDepth: readLimits.staff.maxDepth,
  graphQL: { maxComplexity: graphqlLimits.maxComplexity, validationRules: () => [limitAliases] },
  email: emailAdapter(),
  db: databaseAdapter(resolveDatabaseTarget(process.env.DATABASE_URI)),
  editor: lexicalEditor(),
  sharp,
  localization,
  i18n: { supportedLanguages: adminLanguages, fallbackLanguage: 'en', translations: adminTranslations },
  admin: {
    user: 'users',
    // The gravatar default would fetch from the network; Concord runs offline.
    avatar: 'default',
    meta: { titleSuffix: ' · Concord' },
    importMap: { baseDir: cmsDir, importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js') },
    components: {
      afterNavLinks: ['/components/TranslationsNavLink#TranslationsNavLink'],
      views: {
        translationDashboard: { Component: '/components/TranslationDashboard#TranslationDashboard', path: '/translations', exact: true },
      },
    },
  },
  // Items with drafts have public pages: the admin's Preview button shows them (cms/publishing/preview.ts).
  // Every collection sits behind the API boundary (cms/boundary/): who reads what, page and depth limits, validation.
  collections: collections.map((collection) => withBoundary(withTitleFallback(collection.versions ? withPreview(collection) : collection))),
  endpoints: [previewEndpoint, openApiEndpoint, ...translationEndpoints, ...translationExchangeEndpoints({ selectItems: itemsToTranslate })],
  // A refused workflow action (role, state, input) is the user's to fix, not a server fault.
  loggingLevels: { WorkflowRefusal: 'info', BoundaryRefusal: 'info' } as Record<string, 'info'>,
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts') },
  jobs: {
    tasks: [publishSiteTask],
    // Only the serving process (`npm start`) runs queued jobs; tests and scripts run them explicitly.
    shouldAutoRun: () => process.env.CONCORD_JOB_WORKER === '1',
    autoRun: [
      { cron: '*/2 * * * * *', queue: siteBuildQueue, limit: 1 },
      { cron: '*/10 * * * * *', queue: 'default', limit: 10 },
    ],
  },
  plugins: storagePlugins(),
  telemetry: false,
})
