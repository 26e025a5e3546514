/**
 * Sign-in and password reset as an attacker tries them: parallel guessing against the lockout, telling known from
 * unknown addresses, and a password reset that really works — the e-mail received by an SMTP server the test starts.
 */
import crypto from 'node:crypto'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type ApiClient, errorText } from '../helpers/apiClient'
import { useApiPortal } from '../helpers/apiPortal'
import { createUser, testPassword } from '../helpers/users'

const lockSeconds = 3
const received: { to: string; text: string }[] = []
let smtp: SMTPServer
let payload: Payload
let anonymous: ApiClient

const portal = useApiPortal(async () => {
  // A real SMTP server on a free port; Concord's nodemailer adapter is configured by environment alone.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((one) => one.address).join(','), text: Buffer.concat(chunks).toString('utf8') })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port)
  process.env.SMTP_SECURE = 'false'
  process.env.CONCORD_MAIL_FROM = 'portal@concord.test'
  process.env.CONCORD_LOGIN_MAX_ATTEMPTS = '10'
  process.env.CONCORD_LOGIN_LOCK_SECONDS = String(lockSeconds)
})
beforeAll(() => {
  ;({ payload, anonymous } = portal())
})
afterAll(async () => {
  await new Promise<void>((resolve) => smtp?.close(() => resolve()))
})

const signIn = (email: string, password: string) => anonymous.call('POST', '/api/users/login', { body: { email, password } })

describe('the lockout', () => {
  it('should check no more wrong passwords than the limit when 100 arrive at once, and end', async () => {
    const user = await createUser(payload, 'editor')
    const answers = await Promise.all(Array.from({ length: 100 }, () => signIn(user.email, 'wrong password')))
    const checked = answers.filter((answer) => answer.status === 401)
    const locked = answers.filter((answer) => answer.status === 429)
    expect(checked.length).toBeLessThanOrEqual(10)
    expect(checked.length + locked.length).toBe(100)
    expect(errorText(locked[0])).toMatch(/too many sign-in attempts/i)
    // Locked: the right password is refused too, while the lock lasts.
    expect((await signIn(user.email, testPassword)).status).toBe(429)
    // No permanent lockout: after the lock time the right password works.
    await new Promise((resolve) => setTimeout(resolve, (lockSeconds + 1) * 1000))
    expect((await signIn(user.email, testPassword)).status).toBe(200)
  })

  it('should lock an unknown address exactly as a known one', async () => {
    const answers = []
    for (let attempt = 0; attempt < 12; attempt++) answers.push(await signIn('nobody-here@concord.test', 'wrong password'))
    expect(answers.slice(0, 10).every((answer) => answer.status === 401)).toBe(true)
    expect(answers.slice(10).every((answer) => answer.status === 429)).toBe(true)
  })
})

describe('known and unknown addresses', () => {
  it('should be answered with the same status and words', async () => {
    const user = await createUser(payload, 'translator', ['zh'])
    const known = await signIn(user.email, 'wrong password')
    const unknown = await signIn('never-registered@concord.test', 'wrong password')
    expect(known.status).toBe(401)
    expect(unknown.status).toBe(known.status)
    expect(errorText(unknown)).toBe(errorText(known))
  })

  it('should cost the same password derivation (so they take the same time)', async () => {
    const user = await createUser(payload, 'translator', ['fr'])
    const derivations = vi.spyOn(crypto, 'pbkdf2')
    try {
      await signIn(user.email, 'wrong password')
      const knownCalls = derivations.mock.calls.map((call) => [call[2], call[3], call[4]])
      derivations.mockClear()
      await signIn('unknown-address@concord.test', 'wrong password')
      const unknownCalls = derivations.mock.calls.map((call) => [call[2], call[3], call[4]])
      expect(knownCalls.length).toBeGreaterThan(0)
      expect(unknownCalls).toEqual(knownCalls)
    } finally {
      derivations.mockRestore()
    }
  })
})

describe('password reset', () => {
  it('should send the reset e-mail through SMTP, and the link should set a new password', async () => {
    const user = await createUser(payload, 'editor')
    const requested = await anonymous.call('POST', '/api/users/forgot-password', { body: { email: user.email } })
    expect(requested.status).toBe(200)
    const unknown = await anonymous.call('POST', '/api/users/forgot-password', { body: { email: 'no-account@concord.test' } })
    expect(unknown.status).toBe(200)
    expect(unknown.json).toEqual(requested.json)
    const mail = await waitFor(() => received.find((one) => one.to === user.email))
    expect(mail.text).toMatch(/From: .*portal@concord\.test/)
    const token = /reset\/([a-f0-9]{40})/.exec(mail.text.replace(/=\r?\n/g, ''))?.[1]
    expect(token).toBeTruthy()
    const reset = await anonymous.call('POST', '/api/users/reset-password', { body: { token, password: 'a brand new passphrase' } })
    expect(reset.status).toBe(200)
    expect((await signIn(user.email, 'a brand new passphrase')).status).toBe(200)
    expect((await signIn(user.email, testPassword)).status).toBe(401)
    expect(received.some((one) => one.to === 'no-account@concord.test')).toBe(false)
  })

  it('should limit reset requests per address, alike for unknown addresses', async () => {
    for (const email of [(await createUser(payload, 'editor')).email, 'limit-unknown@concord.test']) {
      const statuses = []
      for (let request = 0; request < 5; request++) {
        statuses.push((await anonymous.call('POST', '/api/users/forgot-password', { body: { email } })).status)
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429])
    }
  })
})

async function waitFor<T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const found = find()
    if (found) return found
    if (Date.now() - started > timeoutMs) throw new Error('Nothing arrived in time.')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
