import { parentPort } from 'node:worker_threads'

import { ADVERSARIAL_CORES, ADVERSARIAL_PARSERS, adversarialLines } from './input-adversarial'

/**
 * Runs one parser on one hostile core per message and answers how long the parse took; a parse
 * that refuses the input (throws) has finished too, and says why.
 */
parentPort!.on('message', async ({ core, parser }: { core: string; parser: string }) => {
  const { parse, prepare } = ADVERSARIAL_PARSERS[parser]
  const input = await prepare(adversarialLines(ADVERSARIAL_CORES[core]))
  const started = performance.now()
  let refusal: null | string = null
  try {
    await parse(input as never)
  } catch (error) {
    refusal = error instanceof Error ? error.message : String(error)
  }
  parentPort!.postMessage({ core, milliseconds: performance.now() - started, parser, refusal })
})
