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
): Promise<Measurement> => measureTogether([url], { connections, durationSeconds })

/**
 * Load-tests several URLs at once (one per server of a site), the connections shared out between
 * them; throughput is their sum and the percentiles are over every response.
 */
export const measureTogether = async (
  urls: string[],
  { connections, durationSeconds }: { connections: number; durationSeconds: number },
): Promise<Measurement> => {
  const latencies: number[] = []
  const results = await Promise.all(
    urls.map(
      (url, index) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const share = Math.floor(connections / urls.length) + (index < connections % urls.length ? 1 : 0)
          const instance = autocannon({ connections: share, duration: durationSeconds, url }, (err, finished) =>
            err ? reject(err) : resolve(finished),
          )
          instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
        }),
    ),
  )
  latencies.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 10) / 10
  const sum = (pick: (result: autocannon.Result) => number) => results.reduce((total, result) => total + pick(result), 0)
  return {
    errors: sum((result) => result.errors + result.timeouts),
    latencyMs: {
      p50: round(percentile(latencies, 0.5)),
      p95: round(percentile(latencies, 0.95)),
      p99: round(percentile(latencies, 0.99)),
    },
    non2xx: sum((result) => result.non2xx),
    requests: sum((result) => result.requests.total),
    requestsPerSecond: Math.round(sum((result) => result.requests.average)),
    url: urls.join(' + '),
  }
}
