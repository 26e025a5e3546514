import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editorsAndAdmins } from '../../access/editorsAndAdmins'
import { reviseInAssignedLocale } from '../../access/reviseInAssignedLocale'
import { defaultLocale } from '../../locales'
import { collectionSlugs } from '../slugs'
import { countryCode } from '../../fields/validators'
import { countryName } from './countryName'

/**
 * Countries and regions by ISO 3166-1 alpha-2 code. Names come from `Intl.DisplayNames` in every locale; an editor
 * may override a locale's name (e.g. an official short form), which is kept.
 */
export const Countries: CollectionConfig = {
  slug: collectionSlugs.countries,
  labels: { singular: 'Country', plural: 'Countries' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code'], group: 'Taxonomy' },
  access: { create: editorsAndAdmins, read: anyone, update: reviseInAssignedLocale, delete: editorsAndAdmins },
  defaultSort: 'code',
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'ISO 3166-1 alpha-2, e.g. CN, VN, ZA.' },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
      validate: countryCode as never,
    },
    {
      name: 'name',
      type: 'text',
      localized: true,
      admin: { description: 'Leave empty to use the standard name in each language.' },
      hooks: {
        afterRead: [
          ({ value, siblingData, req }) =>
            value || (siblingData?.code ? countryName(siblingData.code, req.locale && req.locale !== 'all' ? req.locale : defaultLocale) : value),
        ],
      },
    },
  ],
}
