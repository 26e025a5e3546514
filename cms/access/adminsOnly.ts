import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

export const adminsOnly: Access = ({ req }) => hasRole(req.user, 'admin')

/** Field-level twin of `adminsOnly`: the field is stripped from writes by anyone else (create, update, duplicate). */
export const adminsOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
