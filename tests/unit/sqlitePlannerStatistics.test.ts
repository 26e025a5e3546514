import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createSqliteClient } from '../../cms/database/sqliteClient'

type StatisticsClient = ReturnType<typeof createSqliteClient> & { refreshStatistics(full: boolean): Promise<void> }

// Payload's SQLite schema: a relationship table whose foreign-key columns are NULL in most rows (one column per
// collection a relationship may point to), and a version table keyed by its parent.
const schema = `
  create table articles (id integer primary key not null, title text);
  create table articles_rels (
    id integer primary key not null,
    parent_id integer not null references articles(id) on delete cascade,
    topics_id integer references articles(id) on delete cascade,
    videos_id integer references articles(id) on delete cascade
  );
  create index articles_rels_parent_idx on articles_rels (parent_id);
  create index articles_rels_videos_id_idx on articles_rels (videos_id);
  create index articles_rels_topics_id_idx on articles_rels (topics_id);
`

describe('SQLite planner statistics', () => {
  let dir: string
  let client: StatisticsClient
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-stats-'))
    client = createSqliteClient({ path: path.join(dir, 'test.db') }) as StatisticsClient
    await client.executeMultiple(schema)
    const transaction = await client.transaction('write')
    for (let id = 1; id <= 300; id++) await transaction.execute({ sql: 'insert into articles (id, title) values (?, ?)', args: [id, `Article ${id}`] })
    for (let id = 1; id <= 300; id++) {
      // Every article links to a topic; one in a hundred to a video.
      await transaction.execute({ sql: 'insert into articles_rels (parent_id, topics_id, videos_id) values (?, ?, ?)', args: [id, 1 + (id % 10), id % 100 === 0 ? id : null] })
    }
    await transaction.commit()
  })
  afterEach(() => {
    client.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const statistics = async (index: string) => String((await client.execute({ sql: 'select stat from sqlite_stat1 where idx = ?', args: [index] })).rows[0]?.stat)
  const plan = async (sql: string) => (await client.execute(`explain query plan ${sql}`)).rows.map((row) => String(row.detail)).join('\n')

  it('counts rows per non-NULL key for a mostly-NULL foreign key, so lookups by it use its index', async () => {
    await client.refreshStatistics(true)
    // ANALYZE alone records "300 300" (NULL counted as one value: every lookup would match every row).
    expect(await statistics('articles_rels_videos_id_idx')).toBe('300 1')
    expect(await statistics('articles_rels_topics_id_idx')).toBe('300 30')
    expect(await plan('select id from articles_rels where videos_id = 5')).toContain('articles_rels_videos_id_idx')
  })

  it('keeps the correction through the cheap refresh a publish runs', async () => {
    await client.refreshStatistics(true)
    await client.refreshStatistics(false)
    expect(await statistics('articles_rels_videos_id_idx')).toBe('300 1')
  })

  it('leaves indexes that are not on a foreign key as ANALYZE wrote them', async () => {
    await client.execute('create index articles_title_idx on articles (title)')
    await client.refreshStatistics(true)
    expect(await statistics('articles_title_idx')).toBe('300 1')
    expect(await statistics('articles_rels_parent_idx')).toBe('300 1')
  })
})
