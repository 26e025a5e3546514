import type { CollectionConfig } from 'payload'

import { editInAssignedLocale } from '../access/editInAssignedLocale'
import { editorsAndAdmins } from '../access/editorsAndAdmins'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { signedIn } from '../access/signedIn'
import { keepTranslatorsToDrafts } from '../hooks/keepTranslatorsToDrafts'

/** Access shared by every editorial collection: public reads see published items only. */
export const contentAccess: CollectionConfig['access'] = {
  create: editorsAndAdmins,
  read: publishedOrSignedIn,
  readVersions: signedIn,
  update: editInAssignedLocale,
  delete: editorsAndAdmins,
}

/** Drafts, version history and scheduled publishing, on every editorial collection. */
export const contentVersions: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { autosave: false, schedulePublish: true },
}

export const contentHooks: CollectionConfig['hooks'] = {
  beforeChange: [keepTranslatorsToDrafts],
}

/** Admin components shared by every editorial collection (paths resolve from `cms/`). */
export const contentEditComponents = {
  PublishButton: '/components/PublishButtonForRole#PublishButtonForRole',
}
