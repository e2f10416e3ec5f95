/** The accent family of each event type: one colour per family across chips, charts and log tags. */
const FAMILY: Record<string, string> = {
  temperature: 'temperature',
  probeWireStatus: 'temperature',
  humidity: 'humidity',
  co2: 'co2',
  pressure: 'pressure',
  objectPresent: 'presence',
  objectPresentCount: 'presence',
  deskOccupancy: 'presence',
  motion: 'presence',
  contact: 'contact',
  touch: 'touch',
  touchCount: 'touch',
  waterPresent: 'water',
  networkStatus: 'network',
  batteryStatus: 'network',
  connectionStatus: 'network',
  ethernetStatus: 'network',
  cellularStatus: 'network',
  labelsChanged: 'network',
}

/** CSS colour (a theme variable) for an event type; unknown types get the neutral colour. */
export function eventColor(type: string): string {
  return `var(--c-${FAMILY[type] ?? 'network'})`
}

/** Short human names for event types, for chips and log tags. */
const NAMES: Record<string, string> = {
  touch: 'Touch',
  temperature: 'Temperature',
  objectPresent: 'Proximity',
  humidity: 'Humidity',
  objectPresentCount: 'Proximity count',
  touchCount: 'Touch count',
  waterPresent: 'Water',
  co2: 'CO₂',
  pressure: 'Pressure',
  motion: 'Motion',
  deskOccupancy: 'Desk occupancy',
  contact: 'Door / contact',
  probeWireStatus: 'Probe wires',
  networkStatus: 'Network',
  batteryStatus: 'Battery',
  labelsChanged: 'Labels',
  connectionStatus: 'Connection',
  ethernetStatus: 'Ethernet',
  cellularStatus: 'Cellular',
}

/** Display name of an event type; unknown types show their raw name. */
export function eventTypeName(type: string): string {
  return NAMES[type] ?? type
}
