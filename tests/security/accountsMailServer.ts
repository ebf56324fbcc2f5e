import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { raw: string; text: string; to: string[] }

/**
 * A message body as a reader sees it: quoted-printable soft breaks and escapes undone, each run of
 * escaped bytes read as the UTF-8 it encodes ("=C2=B7" is "·").
 */
const decodeQuotedPrintable = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replaceAll('=', ''), 'hex').toString('utf8'))

/**
 * A real SMTP server (smtp-server, by the nodemailer authors) on a free 127.0.0.1 port that keeps
 * every message it receives. No TLS and no authentication: it lives only for one test file.
 */
export const startMailServer = async () => {
  const received: ReceivedMail[] = []
  const waiting: ((mail: ReceivedMail) => void)[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      let raw = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => (raw += chunk))
      stream.on('end', () => {
        const mail = { raw, text: decodeQuotedPrintable(raw), to: session.envelope.rcptTo.map((rcpt) => rcpt.address) }
        received.push(mail)
        waiting.splice(0).forEach((resolve) => resolve(mail))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.server.address() as AddressInfo
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** The next message to arrive, or one that came already and matches. */
    nextMail: (matches: (mail: ReceivedMail) => boolean) =>
      new Promise<ReceivedMail>((resolve, reject) => {
        const already = received.find(matches)
        if (already) {
          resolve(already)
          return
        }
        const timer = setTimeout(() => reject(new Error('No mail arrived within 15 s')), 15_000)
        const check = (mail: ReceivedMail) => {
          if (matches(mail)) {
            clearTimeout(timer)
            resolve(mail)
          } else {
            waiting.push(check)
          }
        }
        waiting.push(check)
      }),
    received,
    url: `smtp://127.0.0.1:${port}`,
  }
}
