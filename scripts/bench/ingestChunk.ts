/**
 * One chunk of the ingest in its own process (started by `ingestInChunks.ts` with the benchmark's data folder in
 * the environment): `tsx scripts/bench/ingestChunk.ts <size> <total> <limit>`. Prints its figures as the last line.
 */
import { getPayload } from 'payload'

import config from '../../cms/payload.config'
import type { BenchSize } from './corpus'
import { ingestArticles, ingestChunkResultPrefix } from './ingest'

const [size, total, limit] = process.argv.slice(2)
const payload = await getPayload({ config })
try {
  const chunk = await ingestArticles(payload, {
    benchDir: process.env.CONCORD_DATA_DIR!,
    size: size as BenchSize,
    total: Number(total),
    limit: Number(limit),
    log: (line) => console.log(line),
  })
  console.log(`${ingestChunkResultPrefix}${JSON.stringify(chunk)}`)
} finally {
  await payload.destroy()
}
process.exit(0)
