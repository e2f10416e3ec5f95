import type { Rng } from './prng'

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv'

function randomChars(rng: Rng, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += BASE32HEX[Math.floor(rng() * 32)]
  return out
}

/** A 20-character lower-case base32hex id shaped like DT's xid-style ids (`c0pppd1qdqebrvv1iqp0`). */
export function newDeviceId(rng: Rng): string {
  return `c${randomChars(rng, 19)}`
}

/** DT's clients treat `emu` plus 20 characters as an emulated device (README §1). */
export function newEmulatedDeviceId(rng: Rng): string {
  return `emu${randomChars(rng, 20)}`
}

/** Encodes bytes as unpadded lower-case base32hex, as xid does. */
function base32hex(bytes: Uint8Array): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += BASE32HEX[(buffer >>> bits) & 31]
    }
    buffer &= (1 << bits) - 1
  }
  if (bits > 0) out += BASE32HEX[(buffer << (5 - bits)) & 31]
  return out
}

/**
 * Event ids as xids: 4 bytes of seconds, 5 bytes of "machine and process" (from the seed) and a
 * 3-byte counter, so they are unique, 20 characters, and sort by time like DT's.
 */
export function createEventIdGenerator(now: () => number, rng: Rng): () => string {
  const machine = Array.from({ length: 5 }, () => Math.floor(rng() * 256))
  let counter = Math.floor(rng() * 0xffffff)
  const bytes = new Uint8Array(12)
  return () => {
    const seconds = Math.floor(now() / 1000) >>> 0
    counter = (counter + 1) & 0xffffff
    bytes[0] = seconds >>> 24
    bytes[1] = (seconds >>> 16) & 0xff
    bytes[2] = (seconds >>> 8) & 0xff
    bytes[3] = seconds & 0xff
    for (let i = 0; i < 5; i++) bytes[4 + i] = machine[i] ?? 0
    bytes[9] = counter >>> 16
    bytes[10] = (counter >>> 8) & 0xff
    bytes[11] = counter & 0xff
    return base32hex(bytes)
  }
}
