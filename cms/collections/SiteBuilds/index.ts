import type { CollectionConfig } from 'payload'

import { signedIn } from '../../access/signedIn'
import { collectionSlugs } from '../../collectionSlugs'
import { adminLabel, adminOptions, collectionLabels } from '../../i18n/adminLabel'

/**
 * The build-status view: one row per site build with its trigger, duration and error, written by the publish job.
 * Staff read it in the admin; nobody writes it by hand.
 */
export const SiteBuilds: CollectionConfig = {
  slug: collectionSlugs.siteBuilds,
  labels: collectionLabels('siteBuilds'),
  admin: {
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'status', 'kind', 'durationMs', 'changed', 'trigger', 'error'],
    group: adminLabel('group.publishing'),
    description: adminLabel('collection.siteBuilds.description'),
  },
  access: { read: signedIn, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-startedAt',
  fields: [
    {
      name: 'status',
      label: adminLabel('field.buildStatus'),
      type: 'select',
      required: true,
      options: adminOptions('option.buildStatus', ['running', 'live', 'failed']),
    },
    { name: 'trigger', label: adminLabel('field.trigger'), type: 'text' },
    { name: 'startedAt', label: adminLabel('field.startedAt'), type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', label: adminLabel('field.finishedAt'), type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: adminLabel('field.durationMs') },
    {
      name: 'kind',
      label: adminLabel('field.buildKind'),
      type: 'select',
      options: adminOptions('option.buildKind', ['full', 'incremental']),
      admin: { description: adminLabel('description.buildKind') },
    },
    { name: 'pages', label: adminLabel('field.pages'), type: 'number', admin: { description: adminLabel('description.pages') } },
    { name: 'changed', label: adminLabel('field.changed'), type: 'number', admin: { description: adminLabel('description.changed') } },
    { name: 'release', label: adminLabel('field.release'), type: 'text' },
    { name: 'error', label: adminLabel('field.error'), type: 'textarea' },
  ],
}
