import autocannon from 'autocannon'

import { percentile } from './percentile'

export type Measurement = {
  errors: number
  latencyMs: { p50: number; p95: number; p99: number }
  non2xx: number
  requests: number
  requestsPerSecond: number
  url: string
}

/**
 * Load-tests one URL with autocannon. Latencies are collected per response because autocannon's
 * own summary has p97.5 but no p95.
 */
export const measure = async (
  url: string,
  { connections, durationSeconds }: { connections: number; durationSeconds: number },
): Promise<Measurement> => {
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ connections, duration: durationSeconds, url }, (err, finished) =>
      err ? reject(err) : resolve(finished),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
  latencies.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 10) / 10
  return {
    errors: result.errors + result.timeouts,
    latencyMs: {
      p50: round(percentile(latencies, 0.5)),
      p95: round(percentile(latencies, 0.95)),
      p99: round(percentile(latencies, 0.99)),
    },
    non2xx: result.non2xx,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    url,
  }
}
