import { testPassword } from './users'

export interface ApiAnswer {
  status: number
  headers: Headers
  text: string
  /** The body as JSON, or undefined when it is not JSON. */
  json: any
}

export interface CallOptions {
  /** A JSON body (serialized here), or a raw string/FormData/Buffer body with `contentType`. */
  body?: unknown
  raw?: BodyInit
  contentType?: string
  headers?: Record<string, string>
}

/**
 * An HTTP client of the admin's API for one visitor: anonymous, or signed in with the session cookie Payload sets
 * (as a browser is) or with a bearer token (as a script is).
 */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private auth: { cookie?: string; token?: string } = {},
  ) {}

  /** Signs in through `POST /api/users/login` and keeps the session cookie. */
  static async signIn(baseUrl: string, email: string, password = testPassword, via: 'cookie' | 'token' = 'cookie') {
    const answer = await new ApiClient(baseUrl).call('POST', '/api/users/login', { body: { email, password } })
    if (answer.status !== 200) throw new Error(`Sign-in of ${email} answered ${answer.status}: ${answer.text.slice(0, 300)}`)
    const cookie = answer.headers
      .getSetCookie()
      .map((one) => one.split(';')[0])
      .find((one) => one.startsWith('payload-token='))
    return new ApiClient(baseUrl, via === 'cookie' ? { cookie } : { token: answer.json.token })
  }

  async call(method: string, path: string, options: CallOptions = {}): Promise<ApiAnswer> {
    const headers: Record<string, string> = {}
    if (this.auth.cookie) {
      // What a browser on the admin's own pages sends with its session cookie (the CSRF checks read these).
      headers.Cookie = this.auth.cookie
      headers['Sec-Fetch-Site'] = 'same-origin'
      if (method !== 'GET' && method !== 'HEAD') headers.Origin = adminOrigin()
    }
    Object.assign(headers, options.headers)
    // An empty value leaves the header out (e.g. `Origin: ''`: a request without Origin).
    for (const [name, value] of Object.entries(headers)) if (value === '') delete headers[name]
    if (this.auth.token) headers.Authorization = `JWT ${this.auth.token}`
    let body: BodyInit | undefined = options.raw
    if (options.body !== undefined) {
      body = JSON.stringify(options.body)
      headers['Content-Type'] = 'application/json'
    }
    if (options.contentType) headers['Content-Type'] = options.contentType
    const response = await fetch(this.baseUrl + path, { method, headers, body, redirect: 'manual' })
    const text = await response.text()
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    return { status: response.status, headers: response.headers, text, json }
  }

  get(path: string, options?: CallOptions) {
    return this.call('GET', path, options)
  }

  /** A GraphQL request; `query` is sent as JSON unless `raw` is given. */
  graphql(query: string, variables?: Record<string, unknown>, options: CallOptions = {}) {
    return this.call('POST', '/api/graphql', { body: { query, variables }, ...options })
  }
}

/** The admin's origin as configured for the tests (tests/helpers/isolateData.ts). */
export function adminOrigin(): string {
  return new URL(process.env.CONCORD_ADMIN_URL ?? 'http://admin.concord.test').origin
}

/** The error messages of a refused call, joined. */
export function errorText(answer: ApiAnswer): string {
  const errors = answer.json?.errors as { message?: string }[] | undefined
  return errors?.map((error) => error.message ?? '').join('; ') ?? answer.json?.message ?? answer.text
}
