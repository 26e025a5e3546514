import type { CollectionConfig } from 'payload'

import { Articles } from './Articles'
import { AuthThrottles } from './AuthThrottles'
import { CaseHighlights } from './CaseHighlights'
import { Countries } from './Countries'
import { Documents } from './Documents'
import { Events } from './Events'
import { Files } from './Files'
import { ImportRecords } from './ImportRecords'
import { LocalePublications } from './LocalePublications'
import { Media } from './Media'
import { Pages } from './Pages'
import { Partners } from './Partners'
import { Redirects } from './Redirects'
import { SiteBuilds } from './SiteBuilds'
import { Topics } from './Topics'
import { TranslationEvents } from './TranslationEvents'
import { Translations } from './Translations'
import { Users } from './Users'
import { Videos } from './Videos'

/** Every collection, in the order the admin lists them. */
export const collections: CollectionConfig[] = [
  Articles,
  Videos,
  CaseHighlights,
  Events,
  Documents,
  Partners,
  Pages,
  Topics,
  Countries,
  Media,
  Files,
  Users,
  SiteBuilds,
  Redirects,
  Translations,
  TranslationEvents,
  LocalePublications,
  AuthThrottles,
  ImportRecords,
]

/**
 * A collection's configuration as written, for code that runs without a Payload instance (checking the content corpus,
 * the export); with one, `collectionFields` (./collectionFields.ts) gives the fields Payload itself works with.
 */
export function collectionConfig(slug: string): CollectionConfig {
  const found = collections.find((collection) => collection.slug === slug)
  if (!found) throw new Error(`Unknown collection "${slug}"`)
  return found
}
