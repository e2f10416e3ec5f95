/** Device types in words, for the device-type filter and the cards. */
const NAMES: Readonly<Record<string, string>> = {
  temperature: 'Temperature',
  proximity: 'Proximity',
  touch: 'Touch',
  humidity: 'Humidity',
  proximityCounter: 'Proximity counter',
  touchCounter: 'Touch counter',
  waterDetector: 'Water detector',
  co2: 'CO₂',
  motion: 'Motion',
  deskOccupancy: 'Desk occupancy',
  contact: 'Door / contact',
  ccon: 'Cloud connector',
  unknown: 'Not listed',
}

/** Display name of a device type; unknown types show their raw name. */
export function deviceTypeName(type: string): string {
  return NAMES[type] ?? type
}
