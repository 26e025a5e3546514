import { describe, expect, it } from 'vitest'

import { s3Settings } from '../../cms/storage/s3Settings'

const full = {
  S3_BUCKET: 'concord-uploads',
  S3_REGION: 'eu-central-1',
  S3_ENDPOINT: 'https://s3.example.test',
  S3_ACCESS_KEY_ID: 'key',
  S3_SECRET_ACCESS_KEY: 'secret',
}

describe('upload storage settings from the environment', () => {
  it('should keep uploads on disk when no S3 variable is set', () => {
    expect(s3Settings({})).toBeUndefined()
    expect(s3Settings({ S3_BUCKET: '  ' })).toBeUndefined()
  })

  it('should read the bucket, region, endpoint and credentials, path-style by default with an endpoint', () => {
    expect(s3Settings(full)).toEqual({
      bucket: 'concord-uploads',
      client: {
        region: 'eu-central-1',
        endpoint: 'https://s3.example.test',
        forcePathStyle: true,
        credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      },
    })
    expect(s3Settings({ ...full, S3_FORCE_PATH_STYLE: 'false' })?.client.forcePathStyle).toBe(false)
  })

  it('should leave AWS itself to its defaults: us-east-1, virtual-hosted addresses, the SDK’s own credentials', () => {
    expect(s3Settings({ S3_BUCKET: 'b' })).toEqual({ bucket: 'b', client: { region: 'us-east-1', forcePathStyle: false } })
  })

  it.each([
    ['S3 variables without a bucket', { S3_ENDPOINT: 'http://127.0.0.1:9000', S3_REGION: 'x' }, 'S3_REGION, S3_ENDPOINT are set but S3_BUCKET is not'],
    ['a key without its secret', { ...full, S3_SECRET_ACCESS_KEY: '' }, 'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither'],
    ['an endpoint that is not a URL', { ...full, S3_ENDPOINT: 's3.example.test' }, 'S3_ENDPOINT "s3.example.test" is not an http:// or https:// URL'],
    ['a path style that is not true or false', { ...full, S3_FORCE_PATH_STYLE: 'yes' }, 'S3_FORCE_PATH_STYLE must be true or false, not "yes"'],
  ])('should refuse %s with a message naming the variable', (_case, environment, message) => {
    expect(() => s3Settings(environment)).toThrow(message)
  })
})
