/**
 * Fixed demo identity of the emulator when no DT_* environment is set. These are fake values for
 * a local emulator, printed on start by design; they open nothing on DT's real API.
 */
export const DEMO_CREDENTIALS = {
  projectId: 'c0dtlivedem0pr0jectg',
  keyId: 'c0dtlive0demo0ke0000',
  secret: 'dt-live-demo-secret-not-for-production',
  email: 'dt-live-demo@c0dtlivedem0pr0jectg.serviceaccount.d21s.com',
} as const

/** A project that exists but that the emulator's service account may not see (403). */
export const OTHER_PROJECT_ID = 'c0otherpr0ject000000'

/** The demo organisation's Inventory project, where new devices arrive (every DT organisation has one). */
export const INVENTORY_PROJECT_ID = 'c0dtliveinvent0ry000'
