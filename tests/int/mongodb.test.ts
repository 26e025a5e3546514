import { describe, it } from 'vitest'

// The integration suite runs a second time on MongoDB (the `int-mongodb` project) when MONGODB_URI is set.
// Without it, this file makes the skip visible in every test report instead of passing silently.
describe('MongoDB integration suite', () => {
  it.skipIf(!process.env.MONGODB_URI)('runs as the int-mongodb project', () => {})
  it.runIf(!process.env.MONGODB_URI)('skipped: MONGODB_URI is not set, so the suite ran on SQLite only', (context) => {
    context.skip()
  })
})
