import { describe, expect, it } from 'vitest'

import { credentialsFileName } from '../../cms/firstAdmin'

describe('first admin credentials file', () => {
  it('should keep one file per database so two databases never overwrite each other’s login', () => {
    expect(credentialsFileName(undefined)).toBe('first-admin.txt')
    expect(credentialsFileName('file:dev.db')).toBe('first-admin-dev.txt')
    expect(credentialsFileName('mongodb://db.example:27017/concord')).toBe('first-admin-concord.txt')
  })
})
