import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

// The registry has @payloadcms/email-nodemailer at 3.90.1 only, beside payload 3.90.2: Payload's development-mode
// dependency checker would refuse to start over that patch-level difference. Remove once 3.90.2 (or later) of the
// adapter is installable (npm view @payloadcms/email-nodemailer versions).
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/**
 * E-mail (password resets) through Payload's nodemailer adapter, configured by environment alone:
 * `SMTP_HOST`, `SMTP_PORT` (587), `SMTP_SECURE` (`true` for implicit TLS, usually port 465), `SMTP_USER`,
 * `SMTP_PASSWORD`, and the sender `CONCORD_MAIL_FROM` / `CONCORD_MAIL_FROM_NAME`. Without `SMTP_HOST` (development)
 * messages are printed to the console instead of being sent: nothing leaves the machine.
 */
export function emailAdapter(environment: NodeJS.ProcessEnv = process.env) {
  return sentInBackground(nodemailerFor(environment))
}

/**
 * The adapter, answering at once and sending afterwards (failures are logged): a password-reset request then takes
 * the same time whether or not an account has the address, instead of waiting for the mail server when it has.
 */
async function sentInBackground(adapter: ReturnType<typeof nodemailerAdapter>): Promise<EmailAdapter> {
  const make = await adapter
  return (args) => {
    const inner = make(args)
    return {
      ...inner,
      sendEmail: async (message) => {
        inner.sendEmail(message).catch((error: unknown) => args.payload.logger.error({ err: error, msg: 'An e-mail could not be sent.' }))
        return undefined
      },
    }
  }
}

function nodemailerFor(environment: NodeJS.ProcessEnv) {
  const from = {
    defaultFromAddress: environment.CONCORD_MAIL_FROM ?? 'no-reply@concord.localhost',
    defaultFromName: environment.CONCORD_MAIL_FROM_NAME ?? 'Concord',
  }
  if (!environment.SMTP_HOST) {
    return nodemailerAdapter({ ...from, transport: consoleTransport(), skipVerify: true })
  }
  const port = Number(environment.SMTP_PORT ?? 587)
  return nodemailerAdapter({
    ...from,
    // Verifying would connect at start-up; a mail server that is down must not stop the admin.
    skipVerify: true,
    transportOptions: {
      host: environment.SMTP_HOST,
      port,
      secure: environment.SMTP_SECURE ? environment.SMTP_SECURE === 'true' : port === 465,
      ...(environment.SMTP_USER ? { auth: { user: environment.SMTP_USER, pass: environment.SMTP_PASSWORD ?? '' } } : {}),
    },
  })
}

/** A nodemailer transport that writes each message to the console (development). */
function consoleTransport() {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  const send = transport.sendMail.bind(transport)
  transport.sendMail = (async (message: nodemailer.SendMailOptions) => {
    const info = (await send(message)) as { message: Buffer }
    console.log(`E-mail (not sent: SMTP_HOST is not set)\n${info.message.toString('utf8')}`)
    return info
  }) as typeof transport.sendMail
  return transport
}
