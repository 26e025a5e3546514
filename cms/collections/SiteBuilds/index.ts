import type { CollectionConfig } from 'payload'

import { signedIn } from '../../access/signedIn'
import { collectionSlugs } from '../../collectionSlugs'

/**
 * The build-status view: one row per site build with its trigger, duration and error, written by the publish job.
 * Staff read it in the admin; nobody writes it by hand.
 */
export const SiteBuilds: CollectionConfig = {
  slug: collectionSlugs.siteBuilds,
  labels: { singular: 'Site build', plural: 'Site builds' },
  admin: {
    useAsTitle: 'startedAt',
    defaultColumns: ['startedAt', 'status', 'kind', 'durationMs', 'changed', 'trigger', 'error'],
    group: 'Publishing',
    description: 'Each publish rebuilds the public site into a new release; a failed build leaves the live site as it was.',
  },
  access: { read: signedIn, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-startedAt',
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [
        { value: 'running', label: 'Running' },
        { value: 'live', label: 'Live' },
        { value: 'failed', label: 'Failed' },
      ],
    },
    { name: 'trigger', type: 'text' },
    { name: 'startedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: 'Duration (ms)' },
    {
      name: 'kind',
      type: 'select',
      options: [
        { value: 'full', label: 'Full' },
        { value: 'incremental', label: 'Changes only' },
      ],
      admin: { description: 'A publish renders only the pages it affects; a change to the site itself renders everything.' },
    },
    { name: 'pages', type: 'number', admin: { description: 'Pages and files the release serves.' } },
    { name: 'changed', type: 'number', admin: { description: 'Files this build wrote.' } },
    { name: 'release', type: 'text' },
    { name: 'error', type: 'textarea' },
  ],
}
