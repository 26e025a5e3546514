'use client'

import { PublishButton, useAuth, useLocale } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'

import { hasRole, isAssignedLocale } from '../access/roles'

/**
 * Payload's Publish button, left out for translators (they save drafts and a reviewer or editor publishes) and for
 * reviewers outside their assigned locales.
 * The server refuses a translator's publish anyway (`keepTranslatorsToDrafts`); this keeps the UI honest.
 */
export function PublishButtonForRole(props: PublishButtonClientProps) {
  const { user } = useAuth()
  const { code: locale } = useLocale()
  if (!user || hasRole(user, 'translator')) return null
  // A reviewer publishes the locales assigned to them only.
  if (hasRole(user, 'reviewer') && !isAssignedLocale(user, locale)) return null
  return <PublishButton {...props} />
}
