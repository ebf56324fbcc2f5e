import { expect } from 'vitest'

type FieldErrors = { data?: { errors?: { message: string; path: string }[] }; message?: string }

/**
 * Awaits a Payload operation expected to fail validation and returns the field messages a person
 * would see next to the fields (the top-level error only says which fields are invalid).
 */
export const validationMessages = async (operation: Promise<unknown>): Promise<string> => {
  const error = (await operation.then(
    () => {
      throw new Error('expected the operation to be rejected')
    },
    (reason: unknown) => reason,
  )) as FieldErrors
  const messages = error.data?.errors?.map((fieldError) => `${fieldError.path}: ${fieldError.message}`) ?? []
  expect(messages.length, `no field errors in: ${error.message}`).toBeGreaterThan(0)
  return messages.join('\n')
}
