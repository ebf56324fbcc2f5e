import type { Payload } from 'payload'

import { vi } from 'vitest'

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const

const serialise = (value: unknown) =>
  JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Error ? { message: item.message, name: item.name, stack: item.stack } : item,
  )

/** Everything Payload's logger and the console are asked to write while it runs, as text. */
export const captureLogs = (payload: Payload) => {
  const lines: string[] = []
  const record = (...args: unknown[]) => {
    lines.push(serialise(args))
  }
  const spies = [
    ...LEVELS.map((level) => vi.spyOn(payload.logger, level).mockImplementation(record as never)),
    ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(record),
    ),
  ]
  return {
    restore: () => spies.forEach((spy) => spy.mockRestore()),
    text: () => lines.join('\n'),
  }
}
