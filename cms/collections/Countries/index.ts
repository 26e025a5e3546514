import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { reviseInAssignedLocale } from '../../access/reviseInAssignedLocale'
import { countryCode } from '../../fields/validators'
import { publicLibraryHooks } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { nameInEveryLocale, standardNameWhenEmpty } from './hooks/nameInEveryLocale'

/**
 * Countries and regions by ISO 3166-1 alpha-2 code. Names come from `Intl.DisplayNames` (CLDR) in every locale when
 * the country is created; an editor may override a locale's name (e.g. an official short form).
 */
export const Countries: CollectionConfig = {
  slug: collectionSlugs.countries,
  labels: { singular: 'Country', plural: 'Countries' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code'], group: 'Taxonomy' },
  access: { create: editorsAndAdmins, read: anyone, update: reviseInAssignedLocale, delete: editorsAndAdmins },
  defaultSort: 'code',
  hooks: { afterChange: [nameInEveryLocale, ...(publicLibraryHooks?.afterChange ?? [])], afterDelete: publicLibraryHooks?.afterDelete },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'ISO 3166-1 alpha-2, e.g. CN, VN, ZA.' },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
      validate: countryCode,
    },
    {
      name: 'name',
      type: 'text',
      localized: true,
      admin: { description: 'Leave empty to use the standard name in this language.' },
      hooks: { beforeChange: [standardNameWhenEmpty] },
    },
  ],
}
