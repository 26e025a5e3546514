'use client'

import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * Lets go of the user's edit lock when the edit view's page goes away (a closed tab, a full page load elsewhere),
 * so the next colleague in a hand-off is not kept out until the lock runs out. Payload itself releases it only on
 * a save or a move inside the admin. `keepalive` lets the request outlive the page; the server removes only the
 * requesting user's own lock.
 */
export function useReleaseLockOnPageHide() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const url = id && collectionSlug && user ? `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/editing` : ''

  useEffect(() => {
    if (!url) return
    const release = () => void fetch(url, { method: 'DELETE', credentials: 'include', keepalive: true }).catch(() => undefined)
    window.addEventListener('pagehide', release)
    return () => window.removeEventListener('pagehide', release)
  }, [url])
}
