import { describe, expect, it } from 'vitest'

import { resolveDatabaseTarget } from '../../cms/database'

describe('database selection from DATABASE_URI', () => {
  it('should use an embedded SQLite file at an absolute path under the data folder when unset', () => {
    expect(resolveDatabaseTarget(undefined, '/srv/concord/.data')).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/concord/.data/concord.db',
    })
    expect(resolveDatabaseTarget('', '/d').kind).toBe('sqlite')
  })

  it('should anchor a relative file: URL to the data folder, and keep an absolute one', () => {
    expect(resolveDatabaseTarget('file:site.db', '/d').url).toBe('file:/d/site.db')
    expect(resolveDatabaseTarget('file:/var/lib/concord.db', '/d').url).toBe('file:/var/lib/concord.db')
  })

  it('should choose MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(resolveDatabaseTarget('mongodb://localhost:27017/concord').kind).toBe('mongodb')
    expect(resolveDatabaseTarget('mongodb+srv://cluster.example/concord').kind).toBe('mongodb')
  })

  it('should refuse any other URL with a message naming the accepted forms', () => {
    expect(() => resolveDatabaseTarget('postgres://localhost/concord')).toThrow(/file: URL .* mongodb:\/\//)
  })
})
