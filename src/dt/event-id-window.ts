/**
 * The last N event ids, for de-duplication, in typed arrays rather than a Set of strings.
 *
 * A Set<string> of 100,000 ids keeps every id string alive (about 90 bytes each with the hash
 * table), so the JS heap climbs for the first 100,000 events of a session and each event leaves
 * garbage behind. Here an id is reduced to a 62-bit fingerprint (two independent 31-bit string
 * hashes; a false "duplicate" needs two ids to collide in both, about 1 in 10^18 per pair) held
 * in an open-addressing table (linear probing, backward-shift deletion) and a FIFO ring for
 * eviction. The arrays grow geometrically up to the capacity and then stay put: no strings are
 * retained and nothing is allocated per id.
 */
export class EventIdWindow {
  /** Table slots: fingerprint halves; `tableHi` 0 marks an empty slot (real values are odd). */
  private tableHi: Int32Array
  private tableLo: Int32Array
  private mask: number
  /** Insertion order, oldest at `head`, for FIFO eviction. */
  private ringHi: Int32Array
  private ringLo: Int32Array
  private head = 0
  private count = 0
  private readonly limit: number

  constructor(capacity: number, initialSlots = 1024) {
    this.limit = Math.max(1, Math.floor(capacity))
    const ring = Math.min(this.limit, Math.max(16, initialSlots))
    this.ringHi = new Int32Array(ring)
    this.ringLo = new Int32Array(ring)
    const table = tableSizeFor(ring)
    this.tableHi = new Int32Array(table)
    this.tableLo = new Int32Array(table)
    this.mask = table - 1
  }

  /** Ids remembered. */
  get size(): number {
    return this.count
  }

  /** Most ids remembered; the oldest is forgotten first. */
  get capacity(): number {
    return this.limit
  }

  /** True when `id` is among the remembered ids. */
  has(id: string): boolean {
    return this.find(hashHi(id), hashLo(id)) >= 0
  }

  /** Remembers `id`; false when it was already remembered (a duplicate). */
  add(id: string): boolean {
    const hi = hashHi(id)
    const lo = hashLo(id)
    if (this.find(hi, lo) >= 0) return false
    if (this.count === this.limit) this.evictOldest()
    else if (this.count === this.ringHi.length) this.grow()
    const tail = (this.head + this.count) % this.ringHi.length
    this.ringHi[tail] = hi
    this.ringLo[tail] = lo
    this.count++
    this.insert(hi, lo)
    return true
  }

  /** Forgets every id (the arrays keep their size). */
  clear(): void {
    this.tableHi.fill(0)
    this.head = 0
    this.count = 0
  }

  private find(hi: number, lo: number): number {
    for (let i = lo & this.mask; ; i = (i + 1) & this.mask) {
      const h = this.tableHi[i] as number
      if (h === 0) return -1
      if (h === hi && this.tableLo[i] === lo) return i
    }
  }

  private insert(hi: number, lo: number): void {
    let i = lo & this.mask
    while (this.tableHi[i] !== 0) i = (i + 1) & this.mask
    this.tableHi[i] = hi
    this.tableLo[i] = lo
  }

  private evictOldest(): void {
    const hi = this.ringHi[this.head] as number
    const lo = this.ringLo[this.head] as number
    this.head = (this.head + 1) % this.ringHi.length
    this.count--
    let i = this.find(hi, lo)
    if (i < 0) return
    // Backward-shift deletion keeps every probe chain unbroken without tombstones.
    for (let j = (i + 1) & this.mask; this.tableHi[j] !== 0; j = (j + 1) & this.mask) {
      const home = (this.tableLo[j] as number) & this.mask
      const between = i <= j ? i < home && home <= j : i < home || home <= j
      if (between) continue
      this.tableHi[i] = this.tableHi[j] as number
      this.tableLo[i] = this.tableLo[j] as number
      i = j
    }
    this.tableHi[i] = 0
  }

  private grow(): void {
    const size = Math.min(this.limit, this.ringHi.length * 2)
    const hi = new Int32Array(size)
    const lo = new Int32Array(size)
    for (let k = 0; k < this.count; k++) {
      const from = (this.head + k) % this.ringHi.length
      hi[k] = this.ringHi[from] as number
      lo[k] = this.ringLo[from] as number
    }
    this.ringHi = hi
    this.ringLo = lo
    this.head = 0
    const table = tableSizeFor(size)
    if (table === this.tableHi.length) return
    this.tableHi = new Int32Array(table)
    this.tableLo = new Int32Array(table)
    this.mask = table - 1
    for (let k = 0; k < this.count; k++) this.insert(hi[k] as number, lo[k] as number)
  }
}

/** A power of two at least twice `entries`: linear probing stays short below half load. */
function tableSizeFor(entries: number): number {
  let size = 16
  while (size < entries * 2) size *= 2
  return size
}

/** FNV-1a over UTF-16 code units, forced odd so that 0 can mark an empty slot. */
function hashHi(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h | 1
}

/** A second, independent hash (murmur3-style mixing with another seed); also picks the slot. */
function hashLo(s: string): number {
  let h = 0x9747b28c ^ s.length
  for (let i = 0; i < s.length; i++) {
    let k = Math.imul(s.charCodeAt(i), 0xcc9e2d51)
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593)
    h ^= k
    h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}
