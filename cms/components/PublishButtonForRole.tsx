'use client'

import { PublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'

/**
 * Payload's Publish button, left out for translators: they save drafts and a reviewer or editor publishes.
 * The server refuses a translator's publish anyway (`keepTranslatorsToDrafts`); this keeps the UI honest.
 */
export function PublishButtonForRole(props: PublishButtonClientProps) {
  const { user } = useAuth<{ role?: string }>()
  if (!user || user.role === 'translator') return null
  return <PublishButton {...props} />
}
