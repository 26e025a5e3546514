import { ValidationError, type FieldHook, type TextField } from 'payload'

import { localizedSlug, suffixedSlug } from './slugify'
import { adminLabel } from '../i18n/adminLabel'
import { staffMessage } from '../i18n/staffMessage'

interface SlugOptions {
  /** The localized field the slug is generated from. */
  from?: string
}

/**
 * A localized slug, unique per locale, in the locale's slug style (cms/locales.ts). Generated from the source field when left empty (so it stays stable when
 * the title is edited later), normalised when typed, and refused with a clear message when another item already
 * uses it in the same locale.
 */
export function slugField({ from = 'title' }: SlugOptions = {}): TextField {
  return {
    name: 'slug',
    label: adminLabel('field.slug'),
    type: 'text',
    localized: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: adminLabel('description.slug'),
    },
    hooks: { beforeValidate: [generateUniqueSlug(from)] },
  }
}

function generateUniqueSlug(from: string): FieldHook {
  return async ({ value, siblingData, originalDoc, collection, req, path }) => {
    // Not sent at all (an API update of other fields): keep the slug the item already has in this locale.
    if (value === undefined && originalDoc?.slug) return originalDoc.slug
    const typed = typeof value === 'string' && value.trim() !== ''
    // The slug it has, sent back as the admin does with every save: kept as it is, so an address once published never
    // changes by a save (one stored before a normalisation rule changed would otherwise).
    if (typed && value === originalDoc?.slug) return value
    const source = typed ? value : siblingData?.[from]
    if (typeof source !== 'string' || source.trim() === '' || !collection) return value
    const base = localizedSlug(source, req.locale ?? undefined)
    if (!base) return value
    if (typed && base === originalDoc?.slug) return base

    const takenBy = async (candidate: string) => {
      const { docs } = await req.payload.find({
        collection: collection.slug,
        where: { slug: { equals: candidate }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
        locale: req.locale ?? undefined,
        draft: true,
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return docs.length > 0
    }

    if (!(await takenBy(base))) return base
    if (typed) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: path.join('.'), message: staffMessage(req, 'error.slugTaken', { slug: base }) }],
      })
    }
    for (let suffix = 2; ; suffix++) {
      const candidate = suffixedSlug(base, suffix, req.locale ?? undefined)
      if (!(await takenBy(candidate))) return candidate
    }
  }
}
