/** `npm run rollback`: makes the release before the live one live again, at once. */
import { Releases } from '../publishing/releases/releases'
import { siteRoot } from '../publishing/releases/siteFolders'

try {
  const release = new Releases(siteRoot).rollback()
  console.log(`Live again: ${release}`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
