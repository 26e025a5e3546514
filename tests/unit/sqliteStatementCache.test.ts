import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createSqliteClient } from '../../cms/database/sqliteClient'

// The pooled client reuses prepared statements; these prove a reused statement still answers like a fresh one.
describe('the SQLite client’s statement cache', () => {
  let dir: string
  let client: ReturnType<typeof createSqliteClient>
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-stmt-'))
    client = createSqliteClient({ path: path.join(dir, 'test.db') })
  })
  afterEach(() => {
    client.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('runs the same statement again with new arguments', async () => {
    await client.execute('create table items (id integer primary key, name text)')
    for (const name of ['one', 'two', 'three']) await client.execute({ sql: 'insert into items (name) values (?)', args: [name] })
    const select = 'select name from items where id = ?'
    expect((await client.execute({ sql: select, args: [1] })).rows[0].name).toBe('one')
    expect((await client.execute({ sql: select, args: [3] })).rows[0].name).toBe('three')
    expect((await client.execute({ sql: select, args: [9] })).rows).toHaveLength(0)
  })

  it('sees new columns after a schema change', async () => {
    await client.execute('create table items (id integer primary key, name text)')
    await client.execute({ sql: 'insert into items (name) values (?)', args: ['one'] })
    const selectAll = 'select * from items'
    expect((await client.execute(selectAll)).columns).toEqual(['id', 'name'])
    await client.execute('alter table items add column title text')
    await client.execute({ sql: 'update items set title = ?', args: ['Title'] })
    const after = await client.execute(selectAll)
    expect(after.columns).toEqual(['id', 'name', 'title'])
    expect(after.rows[0].title).toBe('Title')
  })

  it('keeps statements apart inside and outside transactions', async () => {
    await client.execute('create table items (id integer primary key, name text)')
    const transaction = await client.transaction('write')
    await transaction.execute({ sql: 'insert into items (name) values (?)', args: ['inside'] })
    await transaction.rollback()
    expect((await client.execute('select count(*) as n from items')).rows[0].n).toBe(0)
    await client.execute({ sql: 'insert into items (name) values (?)', args: ['outside'] })
    expect((await client.execute('select count(*) as n from items')).rows[0].n).toBe(1)
  })
})
