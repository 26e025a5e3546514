/** An answer refusing a request, in Payload's error shape (`{ errors: [{ message }] }`) so clients read it the same way. */
export function refusal(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}
