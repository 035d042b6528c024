/**
 * Hashes, signatures and random bytes for the mock, in plain TypeScript: the same backend runs in Node
 * (the mock server), in a browser and inside WeChat's logic layer (mock mode), and only Node has
 * node:crypto. SHA-256 and HMAC-SHA256 are synchronous here because the router is; they are checked
 * against node:crypto in test/unit/mock/crypto.test.ts.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
])

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n))

/** SHA-256 of bytes (FIPS 180-4). */
export function sha256(data: Uint8Array): Uint8Array {
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ])
  // Padding: 0x80, zeros, then the bit length as 64 bits big-endian, to a multiple of 64 bytes.
  const total = Math.ceil((data.length + 9) / 64) * 64
  const tail = new Uint8Array(total - Math.floor(data.length / 64) * 64)
  const full = data.length - (data.length % 64)
  tail.set(data.subarray(full))
  tail[data.length - full] = 0x80
  const bits = data.length * 8
  const view = new DataView(tail.buffer)
  view.setUint32(tail.length - 8, Math.floor(bits / 0x100000000))
  view.setUint32(tail.length - 4, bits >>> 0)

  const w = new Uint32Array(64)
  const block = (bytes: Uint8Array, offset: number) => {
    for (let i = 0; i < 16; i += 1) {
      const j = offset + i * 4
      w[i] = ((bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!) >>> 0
    }
    for (let i = 16; i < 64; i += 1) {
      const a = w[i - 15]!
      const b = w[i - 2]!
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10)
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0
    }
    let [a, b, c, d, e, f, g, hh] = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!]
    for (let i = 0; i < 64; i += 1) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0
      hh = g
      g = f
      f = e
      e = (d + t1) >>> 0
      d = c
      c = b
      b = a
      a = (t1 + t2) >>> 0
    }
    h[0] = (h[0]! + a) >>> 0
    h[1] = (h[1]! + b) >>> 0
    h[2] = (h[2]! + c) >>> 0
    h[3] = (h[3]! + d) >>> 0
    h[4] = (h[4]! + e) >>> 0
    h[5] = (h[5]! + f) >>> 0
    h[6] = (h[6]! + g) >>> 0
    h[7] = (h[7]! + hh) >>> 0
  }
  for (let offset = 0; offset < full; offset += 64) block(data, offset)
  for (let offset = 0; offset < tail.length; offset += 64) block(tail, offset)

  const out = new Uint8Array(32)
  const outView = new DataView(out.buffer)
  for (let i = 0; i < 8; i += 1) outView.setUint32(i * 4, h[i]!)
  return out
}

/** UTF-8 bytes of a string (TextEncoder where there is one; WeChat's logic layer may lack it). */
export function utf8(text: string): Uint8Array {
  if (typeof TextEncoder !== 'undefined') return new TextEncoder().encode(text)
  const encoded = unescape(encodeURIComponent(text))
  const out = new Uint8Array(encoded.length)
  for (let i = 0; i < encoded.length; i += 1) out[i] = encoded.charCodeAt(i)
  return out
}

export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

/** base64url without padding, for signatures in a URL. */
export function toBase64Url(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let j = 0; j < chars; j += 1) out += alphabet[(n >>> (18 - 6 * j)) & 63]
  }
  return out
}

/** HMAC-SHA256 (RFC 2104). */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = new Uint8Array(64)
  block.set(key.length > 64 ? sha256(key) : key)
  const inner = new Uint8Array(64 + message.length)
  const outer = new Uint8Array(64 + 32)
  for (let i = 0; i < 64; i += 1) {
    inner[i] = block[i]! ^ 0x36
    outer[i] = block[i]! ^ 0x5c
  }
  inner.set(message, 64)
  outer.set(sha256(inner), 64)
  return sha256(outer)
}

/** Compares in time independent of where the first difference is. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

interface RandomSource {
  getRandomValues<T extends ArrayBufferView>(array: T): T
}

/**
 * Random bytes from the platform's cryptographic generator: `crypto.getRandomValues`, which Node 20,
 * browsers and jsdom all have. WeChat's logic layer has none (its `wx.getRandomValues` is
 * asynchronous), so there, and only there, the bytes come from Math.random: that backend lives in the
 * phone's memory (mock mode), holds only the demo user's own data and has no network side to attack.
 * Every reachable backend (the mock server) runs on Node and takes the first branch.
 */
export function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length)
  const source = (globalThis as { crypto?: RandomSource }).crypto
  if (source && typeof source.getRandomValues === 'function') return source.getRandomValues(out)
  for (let i = 0; i < length; i += 1) out[i] = Math.floor(Math.random() * 256)
  return out
}

/** True when randomBytes uses the platform's cryptographic generator (the mock server always does). */
export const hasSecureRandom = () =>
  typeof (globalThis as { crypto?: RandomSource }).crypto?.getRandomValues === 'function'

/** `length` characters of `alphabet` without modulo bias (rejection sampling). */
export function randomString(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length)
  let out = ''
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length]
    }
  }
  return out
}
