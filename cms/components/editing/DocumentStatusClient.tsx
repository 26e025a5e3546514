'use client'

import { DocumentState } from './DocumentState'
import { EditingNotice } from './EditingNotice'
import { TranslationState } from './TranslationState'
import { useFallbackDocumentTitle } from './useFallbackDocumentTitle'
import { useReleaseLockOnPageHide } from './useReleaseLockOnPageHide'
import { useTranslationOverview } from './useTranslationOverview'
import './editing.css'

/**
 * The edit view's status line: the document's state and the edited locale's translation state side by side, each
 * saying which it is, and the "who is editing" notice. It also gives an untranslated document its source title and
 * lets go of the user's edit lock when the page goes away.
 */
export function DocumentStatusClient({ refreshedAt }: { refreshedAt: number }) {
  const overview = useTranslationOverview(refreshedAt)
  useFallbackDocumentTitle()
  useReleaseLockOnPageHide()
  return (
    <div className="concord-status">
      <div className="concord-status__line">
        <DocumentState />
        {overview ? <span aria-hidden="true" className="concord-status__separator">·</span> : null}
        <TranslationState overview={overview} />
      </div>
      <EditingNotice refreshedAt={refreshedAt} />
    </div>
  )
}
