import { describe, expect, it } from 'vitest'
import { EventLog, toLogEntry, type EventLogEntry } from './event-log'
import { ev, fixtureDeviceEvent, unknownEv } from './test-events'

const entry = (time: number, id = `id${time}`): EventLogEntry => toLogEntry(ev('touch', 'd1', time, {}, id), 'stream')
const times = (log: EventLog) => log.toArray().map((e) => e.time)

describe('toLogEntry', () => {
  it('keeps what a log line needs, without samples or envelope strings', () => {
    const e = toLogEntry(fixtureDeviceEvent('temperature'), 'stream')
    expect(e).toMatchObject({ eventId: 'cv7vugqdj9gguehc86p0', deviceId: 'ccsorle7qg13o0bq0000', type: 'temperature', origin: 'stream' })
    expect(e.data).toEqual({ value: 4.35, isBackfilled: false, updateTime: '2025-03-11T09:15:47.902113Z' })
    expect(e).not.toHaveProperty('targetName')
  })

  it('files unknown events under their raw type, without their data', () => {
    expect(toLogEntry(unknownEv('lightLevel', 'd1', 5, { lux: 3 }), 'history')).toMatchObject({
      eventType: 'unknown',
      type: 'lightLevel',
      data: null,
      origin: 'history',
    })
  })
})

describe('EventLog', () => {
  it('defaults to 5,000 entries and drops the oldest beyond its capacity', () => {
    expect(new EventLog().capacity).toBe(5000)
    const log = new EventLog(3)
    log.add([entry(1), entry(2)])
    log.add([entry(3), entry(4), entry(5)])
    expect(times(log)).toEqual([3, 4, 5])
    expect(log.size).toBe(3)
  })

  it('bumps its version on every change and returns the same array until then', () => {
    const log = new EventLog(10)
    const v0 = log.version
    log.add([entry(1)])
    expect(log.version).toBe(v0 + 1)
    const a = log.toArray()
    expect(log.toArray()).toBe(a)
    log.add([])
    expect(log.version).toBe(v0 + 1)
    log.add([entry(2)])
    expect(log.version).toBe(v0 + 2)
    expect(log.toArray()).not.toBe(a)
  })

  it('merges a late or unsorted batch in time order', () => {
    const log = new EventLog(10)
    log.add([entry(10), entry(20), entry(30)])
    log.add([entry(25), entry(5), entry(15)])
    expect(times(log)).toEqual([5, 10, 15, 20, 25, 30])
  })

  it('keeps the newest when a merge overflows, so history older than a full log is dropped', () => {
    const log = new EventLog(3)
    log.add([entry(10), entry(20), entry(30)])
    log.add([entry(1), entry(2), entry(25)])
    expect(times(log)).toEqual([20, 25, 30])
  })

  it('changes capacity keeping the newest entries, and clears', () => {
    const log = new EventLog(10)
    log.add([1, 2, 3, 4, 5].map((t) => entry(t)))
    log.setCapacity(2)
    expect(times(log)).toEqual([4, 5])
    log.add([entry(6)])
    expect(times(log)).toEqual([5, 6])
    log.clear()
    expect(log.size).toBe(0)
  })
})
