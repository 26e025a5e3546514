import { execFile, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { projectRoot } from '../../cms/paths'

/** The Observatory's verdict: grade, score and each test's outcome. */
export interface ObservatoryResult {
  grade: string
  score: number
  statusCode: number
  testsFailed: number
  /** Whether the scanner trusted the certificate (HSTS and redirection only count with a verified chain). */
  verified: boolean
  tests: Record<string, { pass: boolean | null; result: string | null; expectation: string; scoreModifier: number }>
}

/** A throwaway self-signed certificate for 127.0.0.1 and localhost, valid for two days, made by openssl. */
export function selfSignedCertificate(): { certFile: string; keyFile: string; cert: Buffer; key: Buffer } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-tls-'))
  const certFile = path.join(folder, 'cert.pem')
  const keyFile = path.join(folder, 'key.pem')
  const result = spawnSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', keyFile, '-out', certFile,
  ], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`openssl could not make a certificate:\n${result.stderr}`)
  return { certFile, keyFile, cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) }
}

/**
 * Scans `hostname` with the MDN HTTP Observatory (HTTP on `httpPort`, HTTPS on `httpsPort`), trusting `caFile` for
 * this scan only: the scanner runs in its own process with `NODE_EXTRA_CA_CERTS`. Asynchronous, so a server in the
 * calling process keeps answering.
 */
export async function observatoryScan(hostname: string, httpPort: number, httpsPort: number, caFile: string): Promise<ObservatoryResult> {
  const scanner = path.join(import.meta.dirname, 'observatoryScan.ts')
  const { stdout } = await promisify(execFile)(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [scanner, hostname, String(httpPort), String(httpsPort)], {
    cwd: projectRoot,
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
    encoding: 'utf8',
    timeout: 60_000,
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`The Observatory scan failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`)
  })
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ObservatoryResult
}
