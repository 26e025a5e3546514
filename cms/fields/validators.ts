/**
 * Field validators that depend only on the value and its siblings. Payload runs them on every save; the seed runs
 * the same ones (`pureValidators`) while checking the corpus, before Payload is involved.
 */
import { staffMessage, type MessageRequest } from '../i18n/staffMessage'
import { isKnownCountryCode } from './countryName'

/** Payload passes the request (`req`), so a refusal is in the admin's language; the seed passes none: English. */
type PureValidator = (value: unknown, options: { siblingData?: Record<string, unknown>; req?: MessageRequest }) => true | string

export const endDateNotBeforeStart: PureValidator = (value, { siblingData, req }) => {
  const start = siblingData?.startDate
  if (!value || !start) return true
  return new Date(String(value)) >= new Date(String(start)) ? true : staffMessage(req, 'error.endBeforeStart')
}

export const webAddress: PureValidator = (value, { req } = {}) =>
  !value || /^https?:\/\/[^\s]+$/.test(String(value)) ? true : staffMessage(req, 'error.webAddress')

export const countryCode: PureValidator = (value, { req } = {}) =>
  typeof value === 'string' && isKnownCountryCode(value) ? true : staffMessage(req, 'error.countryCode')

export const pureValidators = new Set<unknown>([endDateNotBeforeStart, webAddress, countryCode])
