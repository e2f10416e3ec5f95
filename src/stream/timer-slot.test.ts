import { describe, expect, it } from 'vitest'
import { createFakeClock } from './testing/fake-clock'
import { createDeadline } from './timer-slot'

describe('createDeadline', () => {
  it('expires the given time after the latest extension, with one timer however often it is extended', async () => {
    const clock = createFakeClock()
    const deadline = createDeadline(clock.timers)
    let expired = 0
    const onExpire = () => expired++
    deadline.extend(1000, onExpire)
    for (let i = 0; i < 100; i++) {
      await clock.advance(9)
      deadline.extend(1000, onExpire)
      expect(clock.pending()).toBe(1)
    }
    await clock.advance(999)
    expect(expired).toBe(0)
    await clock.advance(1)
    expect(expired).toBe(1)
    expect(clock.pending()).toBe(0)
  })

  it('moves the timer earlier when an extension is shorter, and clear cancels', async () => {
    const clock = createFakeClock()
    const deadline = createDeadline(clock.timers)
    let expired = 0
    deadline.extend(5000, () => expired++)
    deadline.extend(100, () => expired++)
    await clock.advance(100)
    expect(expired).toBe(1)
    deadline.extend(100, () => expired++)
    deadline.clear()
    await clock.advance(10_000)
    expect(expired).toBe(1)
    expect(clock.pending()).toBe(0)
  })
})
