import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { databaseAdapter, resolveDatabaseTarget } from './database'
import { adminLanguages } from './i18n/adminLanguages'
import { translationWorkflowStrings } from './i18n/translationWorkflowStrings'
import { localization } from './localization'
import { projectRoot } from './paths'
import { previewEndpoint, withPreview } from './publishing/preview'
import { publishSiteTask, siteBuildQueue } from './publishing/publishSiteTask'
import { payloadSecret } from './secret'
import { translationEndpoints } from './translation/endpoints'
import { itemsToTranslate } from './translation/exchangeSelection'
import { translationExchangeEndpoints } from './translation/xliff/endpoints'

const cmsDir = path.join(projectRoot, 'cms')

export default buildConfig({
  secret: payloadSecret(),
  db: databaseAdapter(resolveDatabaseTarget(process.env.DATABASE_URI)),
  editor: lexicalEditor(),
  sharp,
  localization,
  i18n: { supportedLanguages: adminLanguages, fallbackLanguage: 'en', translations: translationWorkflowStrings },
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
  collections: collections.map((collection) => (collection.versions ? withPreview(collection) : collection)),
  endpoints: [previewEndpoint, ...translationEndpoints, ...translationExchangeEndpoints({ selectItems: itemsToTranslate })],
  // A refused workflow action (role, state, input) is the user's to fix, not a server fault.
  loggingLevels: { WorkflowRefusal: 'info' } as Record<string, 'info'>,
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
  telemetry: false,
})
