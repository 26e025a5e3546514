import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { serverOnly } from '../../access/serverOnly'
import { localeCodes, locales } from '../../locales'
import { collectionSlugs } from '../../collectionSlugs'

/**
 * The public truth per locale: one snapshot per (item, locale) of what readers see, written when that locale is
 * published and removed when it is unpublished. Payload's drafts and versions stay the working copy; publishing
 * Chinese writes Chinese here and leaves an unfinished French draft where it is. The export reads only this.
 */
export const LocalePublications: CollectionConfig = {
  slug: collectionSlugs.localePublications,
  labels: { singular: 'Published language', plural: 'Published languages' },
  admin: {
    group: 'Translation',
    useAsTitle: 'title',
    defaultColumns: ['title', 'collection', 'locale', 'publishedAt', 'publishedBy'],
    description: 'What the public site shows, per item and language. Written by publishing; never edited by hand.',
  },
  access: { read: anyone, create: serverOnly, update: serverOnly, delete: serverOnly },
  defaultSort: '-publishedAt',
  indexes: [{ fields: ['collection', 'documentId', 'locale'], unique: true }],
  fields: [
    { name: 'collection', type: 'text', required: true, index: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: locales.map((locale) => ({ value: locale.code, label: locale.englishLabel })),
    },
    { name: 'title', type: 'text' },
    { name: 'data', type: 'json', required: true },
    { name: 'publishedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // Who published is for staff; the text itself is public.
    { name: 'publishedBy', type: 'relationship', relationTo: collectionSlugs.users, access: { read: ({ req }) => Boolean(req.user) } },
    { name: 'sourceLocale', type: 'select', options: localeCodes.map((code) => ({ value: code, label: code })) },
    { name: 'sourceHashes', type: 'json' },
  ],
}
