/**
 * Field validators that depend only on the value and its siblings. Payload runs them on every save; the seed runs
 * the same ones (`pureValidators`) while checking the corpus, before Payload is involved.
 */
import { isKnownCountryCode } from './countryName'

type PureValidator = (value: unknown, options: { siblingData?: Record<string, unknown> }) => true | string

export const endDateNotBeforeStart: PureValidator = (value, { siblingData }) => {
  const start = siblingData?.startDate
  if (!value || !start) return true
  return new Date(String(value)) >= new Date(String(start)) ? true : 'The end date must not be before the start date.'
}

export const webAddress: PureValidator = (value) =>
  !value || /^https?:\/\/[^\s]+$/.test(String(value)) ? true : 'Enter a full web address starting with https://'

export const countryCode: PureValidator = (value) =>
  typeof value === 'string' && isKnownCountryCode(value) ? true : 'Enter a valid ISO 3166-1 alpha-2 code.'

export const pureValidators = new Set<unknown>([endDateNotBeforeStart, webAddress, countryCode])
