import { describe, expect, it } from 'vitest'
import { closingFrameJson, errorFrameJson, frame, malformedFrame } from './stream-frames'

describe('stream frames', () => {
  it('frames NDJSON lines and SSE data messages', () => {
    expect(frame('{}', 'ndjson')).toBe('{}\n')
    expect(frame('{}', 'sse')).toBe('data: {}\n\n')
    expect(() => JSON.parse(malformedFrame('ndjson'))).toThrow()
    expect(malformedFrame('sse')).toMatch(/^data: .*\n\n$/)
  })

  it('writes the closing frame in each layout', () => {
    expect(closingFrameJson('code')).toBe('{"error":{"code":408,"message":"closing stream","details":[]}}')
    expect(closingFrameJson('grpc')).toBe('{"error":{"code":1,"message":"closing stream","details":[]}}')
    expect(JSON.parse(closingFrameJson('legacy'))).toEqual({ error: { grpcCode: 1, httpCode: 408, message: 'closing stream', httpStatus: 'Request Timeout', details: [] } })
    expect(JSON.parse(errorFrameJson(14, 'unavailable', 'code')).error.code).toBe(14)
    expect(JSON.parse(errorFrameJson(503, 'x', 'grpc')).error.code).toBe(14)
  })
})
