import type { Access, FieldAccess } from 'payload'

import { managesAllContent } from './roles'

/** Creating and deleting items, and editing the fields every locale shares, is for editors and admins. */
export const editorsAndAdmins: Access = ({ req }) => managesAllContent(req.user)

export const editorsAndAdminsField: FieldAccess = ({ req }) => managesAllContent(req.user)
