/** A random id for idempotency keys and client message ids; unique enough without crypto APIs (weapp). */
export function randomId(prefix = ''): string {
  const time = Date.now().toString(36)
  const random = Array.from({ length: 3 }, () => Math.random().toString(36).slice(2, 8)).join('')
  return `${prefix}${time}${random}`
}
