import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { databaseAdapter, resolveDatabaseTarget } from './database'
import { adminLanguages } from './i18n/adminLanguages'
import { localization } from './localization'
import { projectRoot } from './paths'
import { payloadSecret } from './secret'

const cmsDir = path.join(projectRoot, 'cms')

export default buildConfig({
  secret: payloadSecret(),
  db: databaseAdapter(resolveDatabaseTarget(process.env.DATABASE_URI)),
  editor: lexicalEditor(),
  sharp,
  localization,
  i18n: { supportedLanguages: adminLanguages, fallbackLanguage: 'en' },
  admin: {
    user: 'users',
    // The gravatar default would fetch from the network; Concord runs offline.
    avatar: 'default',
    meta: { titleSuffix: ' · Concord' },
    importMap: { baseDir: cmsDir, importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js') },
  },
  collections,
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts') },
  telemetry: false,
})
