import type { S3ClientConfig } from '@aws-sdk/client-s3'

/** Where uploads go when they leave the admin's disk: one S3 bucket (AWS, or any S3-compatible server). */
export interface S3Settings {
  bucket: string
  /** The S3 client's configuration: region, endpoint, credentials, addressing style. */
  client: S3ClientConfig
}

/** The environment variables that configure upload storage on S3; `S3_BUCKET` turns it on. */
export const s3Variables = ['S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const

/**
 * Reads the S3 upload storage from the environment, or undefined when `S3_BUCKET` is not set (uploads stay on the
 * admin's disk, under `CONCORD_DATA_DIR`):
 * - `S3_BUCKET`: the bucket (it must exist);
 * - `S3_REGION`: its region (`us-east-1` when unset; S3-compatible servers mostly ignore it);
 * - `S3_ENDPOINT`: an S3-compatible server's URL (MinIO, Ceph, R2…); unset for AWS itself;
 * - `S3_ACCESS_KEY_ID`, `S3_SECRET_ACCESS_KEY`: both or neither (neither: the AWS SDK's own chain — `AWS_*`
 *   variables, shared config files, an instance role);
 * - `S3_FORCE_PATH_STYLE`: `true` for `<endpoint>/<bucket>/<key>` addresses, `false` for `<bucket>.<endpoint>`;
 *   `true` by default with `S3_ENDPOINT` (what most S3-compatible servers need), `false` without.
 * A half or malformed configuration is refused with a message naming the variable, before anything starts.
 */
export function s3Settings(environment: Record<string, string | undefined> = process.env): S3Settings | undefined {
  const value = (name: (typeof s3Variables)[number]) => environment[name]?.trim() || undefined
  const bucket = value('S3_BUCKET')
  if (!bucket) {
    const stray = s3Variables.filter((name) => value(name))
    if (stray.length > 0) throw new Error(`${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but S3_BUCKET is not: set S3_BUCKET to keep uploads on S3, or unset the S3_* variables to keep them on disk.`)
    return undefined
  }
  const endpoint = value('S3_ENDPOINT')
  if (endpoint && !/^https?:\/\/[^/]/i.test(endpoint)) throw new Error(`S3_ENDPOINT "${endpoint}" is not an http:// or https:// URL.`)
  const accessKeyId = value('S3_ACCESS_KEY_ID')
  const secretAccessKey = value('S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.')
  const pathStyle = value('S3_FORCE_PATH_STYLE')
  if (pathStyle && !['true', 'false'].includes(pathStyle)) throw new Error(`S3_FORCE_PATH_STYLE must be true or false, not "${pathStyle}".`)
  return {
    bucket,
    client: {
      region: value('S3_REGION') ?? 'us-east-1',
      ...(endpoint ? { endpoint } : {}),
      forcePathStyle: pathStyle ? pathStyle === 'true' : Boolean(endpoint),
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
  }
}
