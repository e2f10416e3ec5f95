import type { StateKind } from '../../store/alarms'

/** How the form words a door, water or offline rule: the delay is all there is to set. */
export const STATE_KIND_TEXT: Readonly<Record<StateKind, { readonly label: string; readonly hint: string; readonly placeholder: string; readonly example: string }>> = {
  doorOpen: {
    label: 'Open for longer than',
    hint: 'Fires when a door stays open this long, clears when it closes; a door opened and shut in time never fires. 0 s: as soon as it opens.',
    placeholder: 'Cold-room door open',
    example: '5 min',
  },
  waterDetected: {
    label: 'Wet for longer than',
    hint: '0 s: as soon as a sensor reports water. Clears when it reports dry again.',
    placeholder: 'Water in the basement',
    example: '0 s',
  },
  offline: {
    label: 'No data for longer than',
    hint: 'Any event counts. Sensors send a heartbeat about every 15 min, so 30 min avoids false alarms. Checked while the stream is live; clears when the device is heard from.',
    placeholder: 'Sensor offline',
    example: '30 min',
  },
}
