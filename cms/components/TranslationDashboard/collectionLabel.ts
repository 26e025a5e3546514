import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

/** A collection's plural label as configured, in the admin's language (`新闻`), or its slug. */
export function collectionLabel(collections: Payload['collections'], slug: string, i18n: Pick<I18nClient, 'language' | 'fallbackLanguage' | 't'>): string {
  const plural = (collections as Record<string, { config: { labels?: { plural?: unknown } } }>)[slug]?.config.labels?.plural
  if (typeof plural === 'string' || (plural && typeof plural === 'object')) return getTranslation(plural as Record<string, string>, i18n as I18nClient)
  return slug
}
