import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { reviseInAssignedLocale } from '../../access/reviseInAssignedLocale'
import { countryCode } from '../../fields/validators'
import { publicLibraryHooks } from '../contentDefaults'
import { collectionSlugs } from '../../collectionSlugs'
import { nameInEveryLocale, standardNameWhenEmpty } from './hooks/nameInEveryLocale'
import { adminLabel, collectionLabels } from '../../i18n/adminLabel'

/**
 * Countries and regions by ISO 3166-1 alpha-2 code. Names come from `Intl.DisplayNames` (CLDR) in every locale when
 * the country is created; an editor may override a locale's name (e.g. an official short form).
 */
export const Countries: CollectionConfig = {
  slug: collectionSlugs.countries,
  labels: collectionLabels('countries'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code'], group: adminLabel('group.taxonomy') },
  access: { create: editorsAndAdmins, read: anyone, update: reviseInAssignedLocale, delete: editorsAndAdmins },
  defaultSort: 'code',
  hooks: { afterChange: [nameInEveryLocale, ...(publicLibraryHooks?.afterChange ?? [])], afterDelete: publicLibraryHooks?.afterDelete },
  fields: [
    {
      name: 'code',
      label: adminLabel('field.countryCode'),
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: adminLabel('description.countryCode') },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
      validate: countryCode,
    },
    {
      name: 'name',
      label: adminLabel('field.name'),
      type: 'text',
      localized: true,
      admin: { description: adminLabel('description.countryName') },
      hooks: { beforeChange: [standardNameWhenEmpty] },
    },
  ],
}
