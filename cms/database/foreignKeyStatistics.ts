/**
 * Corrects SQLite's statistics for indexes on foreign-key columns after `ANALYZE`.
 *
 * `ANALYZE` counts NULL as one value: an index on a column that is NULL in most rows (`articles_rels.videos_id`,
 * `translations.assignee_id`) is recorded as "every lookup matches every row", and the planner then scans the whole
 * table instead of using the index. SQLite looks up those columns on every change of a parent's key — and Payload's
 * SQLite adapter rewrites the key on every update (`insert … on conflict do update set id = ?`) — so each save
 * scanned every child table of the collection: 1.6 ms per update at 1,000 articles, growing with the content
 * (measured; the same update takes 0.03 ms with the statistics corrected). The figure written here is the number
 * of rows per non-NULL value, which is what a foreign-key lookup (always by a non-NULL key) meets. SQLite documents
 * editing `sqlite_stat1` after `ANALYZE` as the way to correct its statistics; it reads them when a connection
 * opens, so the client opens fresh connections afterwards.
 */
import type Database from 'libsql'

type Connection = InstanceType<typeof Database>

interface StatisticsRow {
  tbl: string
  idx: string
  stat: string
}

/** Statistics rows as they are now, to correct only those a refresh has just rewritten. */
export function statisticsSnapshot(connection: Connection): Map<string, string> {
  if (!hasStatistics(connection)) return new Map()
  const rows = connection.prepare('select tbl, idx, stat from sqlite_stat1 where idx is not null').all() as StatisticsRow[]
  return new Map(rows.map((row) => [`${row.tbl}\0${row.idx}`, row.stat]))
}

/**
 * Rewrites the rows-per-key estimate of every index whose first column is a foreign key — only those that changed
 * since `before` when it is given (after `PRAGMA optimize`, which re-analyses few tables or none, so a publish pays
 * nothing). Returns how many rows it corrected.
 */
export function correctForeignKeyStatistics(connection: Connection, before?: Map<string, string>): number {
  if (!hasStatistics(connection)) return 0
  const rows = connection
    .prepare(
      `select s.tbl, s.idx, s.stat, first.name as col from sqlite_stat1 s
         join pragma_index_info(s.idx) first on first.seqno = 0
        where exists (select 1 from pragma_foreign_key_list(s.tbl) fk where fk."from" = first.name)`,
    )
    .all() as (StatisticsRow & { col: string })[]
  const update = connection.prepare('update sqlite_stat1 set stat = ? where tbl = ? and idx = ?')
  let corrected = 0
  for (const row of rows) {
    if (before?.get(`${row.tbl}\0${row.idx}`) === row.stat) continue
    const parts = row.stat.split(' ')
    const { keyed, keys } = connection.prepare(`select count(${quote(row.col)}) as keyed, count(distinct ${quote(row.col)}) as keys from ${quote(row.tbl)}`).get() as { keyed: number; keys: number }
    const perKey = keys === 0 ? 1 : Math.ceil(keyed / keys)
    if (Number(parts[1]) <= perKey) continue
    parts[1] = String(perKey)
    // Later columns of a compound index narrow the match further: never estimate more rows than the first does.
    for (let column = 2; column < parts.length && /^\d+$/.test(parts[column]); column++) parts[column] = String(Math.min(Number(parts[column]), perKey))
    update.run([parts.join(' '), row.tbl, row.idx])
    corrected++
  }
  return corrected
}

function hasStatistics(connection: Connection): boolean {
  return connection.prepare("select 1 from sqlite_master where type = 'table' and name = 'sqlite_stat1'").get() !== undefined
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
