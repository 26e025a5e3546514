/** A source file that cannot be imported at all (not well-formed, not the format named): nothing is written. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportFileError'
  }
}
