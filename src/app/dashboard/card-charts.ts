import type { CardChart } from '../../ui/card/card-view'

// Module constants: a chart description keeps its identity across renders, so memoised charts hold.

/** Temperature sensors (and probes). */
export const TEMPERATURE_CHART: CardChart = { kind: 'series', key: 'temperature', eventType: 'temperature' }
/** Humidity sensors: their temperature, the figure shown large. */
export const HUMIDITY_CHART: CardChart = { kind: 'series', key: 'humidityTemperature', eventType: 'humidity' }
/** CO2 sensors. */
export const CO2_CHART: CardChart = { kind: 'series', key: 'co2', eventType: 'co2' }
/** Touch counters. */
export const TOUCH_COUNT_CHART: CardChart = { kind: 'series', key: 'touchCount', eventType: 'touchCount' }
/** Proximity counters. */
export const PRESENCE_COUNT_CHART: CardChart = { kind: 'series', key: 'objectPresentCount', eventType: 'objectPresentCount' }

/** State strips per binary event type; "active" is the state drawn in colour. */
export const STATE_CHARTS = {
  contact: { kind: 'timeline', type: 'contact', activeStates: ['OPEN'], activeLabel: 'Open' },
  objectPresent: { kind: 'timeline', type: 'objectPresent', activeStates: ['PRESENT'], activeLabel: 'Present' },
  motion: { kind: 'timeline', type: 'motion', activeStates: ['MOTION_DETECTED'], activeLabel: 'Motion' },
  waterPresent: { kind: 'timeline', type: 'waterPresent', activeStates: ['PRESENT'], activeLabel: 'Water' },
  deskOccupancy: { kind: 'timeline', type: 'deskOccupancy', activeStates: ['OCCUPIED'], activeLabel: 'Occupied' },
} as const satisfies Record<string, CardChart>
