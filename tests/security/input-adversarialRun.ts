import { Worker } from 'node:worker_threads'

import { ADVERSARIAL_CORES, ADVERSARIAL_PARSERS } from './input-adversarial'

export type ParseTiming = { core: string; milliseconds: null | number; parser: string; refusal?: null | string }

const WORKER = new URL('./input-adversarialWorker.ts', import.meta.url).href

// A worker's entry must be JavaScript: it loads tsx, which then loads the TypeScript worker.
const startWorker = () =>
  new Worker(
    `import { tsImport } from 'tsx/esm/api'\nawait tsImport(${JSON.stringify(WORKER)}, ${JSON.stringify(WORKER)})`,
    {
      eval: true,
    },
  )

/**
 * Times every parser on every hostile core in a worker thread, so that a parse that never ends is
 * stopped after `deadline` ms (reported as `null`) instead of hanging the test run.
 */
export const timeAdversarialParses = async ({
  deadline,
  onTiming,
  parsers = Object.keys(ADVERSARIAL_PARSERS),
}: {
  deadline: number
  onTiming?: (timing: ParseTiming) => void
  parsers?: string[]
}): Promise<ParseTiming[]> => {
  const timings: ParseTiming[] = []
  let worker = startWorker()
  for (const parser of parsers) {
    for (const core of Object.keys(ADVERSARIAL_CORES)) {
      const timing = await new Promise<ParseTiming>((resolve, reject) => {
        const timer = setTimeout(() => {
          worker.removeAllListeners()
          void worker.terminate()
          worker = startWorker()
          resolve({ core, milliseconds: null, parser })
        }, deadline)
        worker.once('message', (message: ParseTiming) => {
          clearTimeout(timer)
          worker.removeAllListeners('error')
          resolve(message)
        })
        worker.once('error', (error) => {
          clearTimeout(timer)
          reject(error)
        })
        worker.postMessage({ core, parser })
      })
      onTiming?.(timing)
      timings.push(timing)
    }
  }
  await worker.terminate()
  return timings
}
