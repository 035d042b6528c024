/** @jest-environment node */
import { createHash, createHmac } from 'node:crypto'

import { hmacSha256, randomString, sha256, toBase64Url, toHex, utf8 } from '../../../mock/crypto'

// Lengths around the 55/56/64-byte padding edges, where a hand-written SHA-256 goes wrong first.
const LENGTHS = [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 70_000]

const bytesOf = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff)

describe('mock/crypto (runs where node:crypto does not)', () => {
  it('sha256 equals node:crypto at every padding edge', () => {
    for (const length of LENGTHS) {
      const data = bytesOf(length)
      expect([length, toHex(sha256(data))]).toEqual([length, createHash('sha256').update(data).digest('hex')])
    }
  })

  it('hmacSha256 equals node:crypto for short and long keys', () => {
    for (const keyLength of [0, 16, 64, 65, 200]) {
      const key = bytesOf(keyLength)
      const message = utf8(`file-abc.${keyLength}.签名`)
      expect(toHex(hmacSha256(key, message))).toBe(createHmac('sha256', key).update(message).digest('hex'))
    }
  })

  it('toBase64Url equals Buffer base64url', () => {
    for (const length of [0, 1, 2, 3, 31, 32, 33]) {
      const data = bytesOf(length)
      expect(toBase64Url(data)).toBe(Buffer.from(data).toString('base64url'))
    }
  })

  it('utf8 encodes Chinese as TextEncoder does', () => {
    expect(Array.from(utf8('签到A'))).toEqual(Array.from(Buffer.from('签到A', 'utf8')))
  })

  it('randomString uses only the alphabet and does not repeat itself', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 200; i += 1) {
      const value = randomString('AB23', 16)
      expect(value).toMatch(/^[AB23]{16}$/)
      seen.add(value)
    }
    expect(seen.size).toBe(200)
  })
})
