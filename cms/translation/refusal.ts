import { APIError } from 'payload'

/**
 * A workflow action refused for a reason the user can act on (their role, the item's state, bad input): shown to
 * them as it is, with its HTTP status, and logged at `info` rather than as a server error.
 */
export class WorkflowRefusal extends APIError {
  constructor(message: string, status: number) {
    super(message, status, null, true)
    // Set by hand: a minifying build may rename the class, and Payload's `loggingLevels` matches this name.
    this.name = 'WorkflowRefusal'
  }
}
