import { APIError } from 'payload'

/**
 * A request refused at the API boundary for a reason the client can fix (an id that cannot exist, a status Payload
 * does not know, a write their role may not make): answered with its status and message, and logged at `info`
 * (payload.config.ts `loggingLevels`), not as a server error.
 */
export class BoundaryRefusal extends APIError {
  constructor(message: string, status: number) {
    super(message, status, null, true)
    // Set by hand: a minifying build may rename the class, and Payload's `loggingLevels` matches this name.
    this.name = 'BoundaryRefusal'
  }
}
