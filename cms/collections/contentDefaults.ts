import type { CollectionConfig } from 'payload'

import { editInAssignedLocale } from '../access/editInAssignedLocale'
import { editorsAndAdmins } from '../access/editorsAndAdmins'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { signedIn } from '../access/signedIn'
import { keepTranslatorsToDrafts } from '../hooks/keepTranslatorsToDrafts'
import { publishRequestLocale, removeLocalePublications } from '../hooks/publishRequestLocale'
import { queueSiteBuildOnChange, queueSiteBuildOnDelete } from '../hooks/queueSiteBuild'
import { recordSlugRedirect } from '../hooks/recordSlugRedirect'
import { trackTranslations } from '../hooks/trackTranslations'
import { sourceValuesEndpoint } from '../translation/sidebyside/sourceValues'
import { editLockConfig } from '../editing/editLock'
import { editingLockEndpoint, releaseEditingLockEndpoint } from '../editing/editingLockEndpoint'
import { adminLabel } from '../i18n/adminLabel'

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
  // Drafts are validated like publications, except that required fields may still be empty (cms/boundary/inputValidation.ts).
  drafts: { autosave: false, schedulePublish: true, validate: true },
}

export const contentHooks: CollectionConfig['hooks'] = {
  beforeChange: [keepTranslatorsToDrafts],
  // Translation states first, so a publication records which source texts it was translated from; the redirect
  // before the build, so the build it queues already knows the old address.
  afterChange: [trackTranslations, publishRequestLocale, recordSlugRedirect, queueSiteBuildOnChange],
  afterDelete: [removeLocalePublications, queueSiteBuildOnDelete],
}

/** Collections without drafts whose saves the public sees (names, alt texts): every change rebuilds the site. */
export const publicLibraryHooks: CollectionConfig['hooks'] = {
  afterChange: [queueSiteBuildOnChange],
  afterDelete: [queueSiteBuildOnDelete],
}

/** Admin components shared by every editorial collection (paths resolve from `cms/`). */
export const contentEditComponents = {
  PublishButton: '/components/PublishButtonForRole#PublishButtonForRole',
  // The document's state beside the edited locale's translation state, and who else is editing.
  Status: '/components/editing/DocumentStatus#DocumentStatus',
  UnpublishButton: '/components/editing/UnpublishButtonForRole#UnpublishButtonForRole',
  beforeDocumentControls: ['/components/translation/CopyAllFromSource#CopyAllFromSource'],
}

/**
 * What every editorial collection shares: the same access rules, draft workflow and hooks, so a collection cannot
 * drift from the publishing rules by accident. Spread it into the collection config.
 */
export const editorialCollection = {
  access: contentAccess,
  versions: contentVersions,
  hooks: contentHooks,
  // GET /api/<collection>/:id/source: the side-by-side panel's source values; …/:id/editing: who holds the edit lock
  // (GET) and letting go of one's own (DELETE).
  endpoints: [sourceValuesEndpoint, editingLockEndpoint, releaseEditingLockEndpoint],
  // Edit locks sized for hand-offs (CONCORD_EDIT_LOCK_SECONDS, cms/editing/editLock.ts).
  lockDocuments: editLockConfig(),
} satisfies Partial<CollectionConfig>

/** The admin settings every editorial collection shares; spread into `admin`. */
export const editorialAdmin = {
  group: adminLabel('group.content'),
  components: {
    edit: contentEditComponents,
    // Download and upload XLIFF files for translation agencies, above the list.
    beforeListTable: ['/components/translation/TranslationExchange#TranslationExchange'],
  },
} satisfies CollectionConfig['admin']
