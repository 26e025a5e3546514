import type { Access } from 'payload'

import { hasRole, isAssignedLocale, managesAllContent } from './roles'

/**
 * For collections without drafts (taxonomies, media), where every save is live: admins and editors, or a reviewer
 * in an assigned locale. Translators propose changes through items with drafts instead.
 */
export const reviseInAssignedLocale: Access = ({ req }) =>
  managesAllContent(req.user) || (hasRole(req.user, 'reviewer') && isAssignedLocale(req.user, req.locale))
