'use client'

import { UnpublishButton, useAuth } from '@payloadcms/ui'

import { managesAllContent } from '../../access/roles'

/**
 * Payload's Unpublish takes the whole item off in every language: editors and admins only. A reviewer unpublishes
 * one language from the translation panel; the server refuses anyone else's attempt either way.
 */
export function UnpublishButtonForRole() {
  const { user } = useAuth()
  if (!managesAllContent(user)) return null
  return <UnpublishButton />
}
