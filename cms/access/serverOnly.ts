import type { Access } from 'payload'

/** Nobody writes through the API: only server code (hooks, workflow actions) does, with `overrideAccess`. */
export const serverOnly: Access = () => false
