'use client'

import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { managesAllContent } from '../../access/roles'
import { RevertToPublished } from './RevertToPublished'
import type { ConcordTranslationKey, ConcordTranslations } from '../translation/strings'
import { editingString as s } from './strings'

/**
 * "Document: Published": the item's own state across every language (Payload's draft and publish), worded apart
 * from the translation state beside it. "Revert to published" saves the published values over the working copy,
 * a publish of the whole item: offered to editors and admins only (a translator's or reviewer's attempt is refused
 * by the server anyway).
 */
export function DocumentState() {
  const { id, hasPublishedDoc, unpublishedVersionCount, docPermissions, isTrashed } = useDocumentInfo()
  const { user } = useAuth()
  const { t } = useTranslation<ConcordTranslations, ConcordTranslationKey>()
  const state = !hasPublishedDoc ? 'draft' : unpublishedVersionCount > 0 ? 'changed' : 'published'
  const key = state === 'draft' ? 'documentDraft' : state === 'changed' ? 'documentChanged' : 'documentPublished'
  const mayRevert = Boolean(id) && state === 'changed' && !isTrashed && Boolean(docPermissions?.update) && managesAllContent(user)
  return (
    <div className="concord-status__document" data-document-status={state} title={s(t, 'documentStateHint')}>
      {s(t, 'documentState', { state: s(t, key) })}
      {mayRevert ? <RevertToPublished /> : null}
    </div>
  )
}
