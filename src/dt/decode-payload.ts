import {
  CONNECTIONS,
  CONTACT_STATES,
  DESK_OCCUPANCY_STATES,
  MOTION_STATES,
  OBJECT_PRESENT_STATES,
  PROBE_WIRE_STATES,
  TRANSMISSION_MODES,
  type EventPayloads,
  type KeyedEventType,
  type LabelsChangedData,
  type StatusError,
} from './event-types'
import { DecodeFailure, arr, num, obj, oneOf, optArr, optBool, optNum, optStr, optTime, str, stringMap, time, type Obj } from './read'

type PayloadReader<K extends KeyedEventType> = (o: Obj, path: string, updateTime: string) => EventPayloads[K]

function statusErrors(o: Obj, path: string): StatusError[] {
  return optArr(o, 'errors', path, (v, p) => {
    const e = obj(v, p)
    return { code: String(e.code ?? ''), message: optStr(e, 'message', p) ?? '' }
  })
}

const count = (o: Obj, p: string, updateTime: string) => ({ total: num(o, 'total', p), updateTime })

/** One reader per keyed type. Unknown keys are dropped; optional fields stay optional. */
const readers: { [K in KeyedEventType]: PayloadReader<K> } = {
  touch: (_o, _p, updateTime) => ({ updateTime }),
  temperature: (o, p, updateTime) => {
    const samples =
      o.samples === undefined || o.samples === null
        ? undefined
        : arr(o, 'samples', p).map((s, i) => {
            const sp = `${p}.samples[${i}]`
            const so = obj(s, sp)
            return { value: num(so, 'value', sp), sampleTime: time(so, 'sampleTime', sp) }
          })
    const isBackfilled = optBool(o, 'isBackfilled', p)
    return {
      value: num(o, 'value', p),
      ...(samples ? { samples } : {}),
      ...(isBackfilled === undefined ? {} : { isBackfilled }),
      updateTime,
    }
  },
  objectPresent: (o, p, updateTime) => ({ state: oneOf(o, 'state', OBJECT_PRESENT_STATES, p), updateTime }),
  humidity: (o, p, updateTime) => {
    const samples =
      o.samples === undefined || o.samples === null
        ? undefined
        : arr(o, 'samples', p).map((s, i) => {
            const sp = `${p}.samples[${i}]`
            const so = obj(s, sp)
            return {
              temperature: num(so, 'temperature', sp),
              relativeHumidity: num(so, 'relativeHumidity', sp),
              sampleTime: time(so, 'sampleTime', sp),
            }
          })
    const isBackfilled = optBool(o, 'isBackfilled', p)
    return {
      temperature: num(o, 'temperature', p),
      relativeHumidity: num(o, 'relativeHumidity', p),
      ...(samples ? { samples } : {}),
      ...(isBackfilled === undefined ? {} : { isBackfilled }),
      updateTime,
    }
  },
  objectPresentCount: count,
  touchCount: count,
  waterPresent: (o, p, updateTime) => ({ state: oneOf(o, 'state', OBJECT_PRESENT_STATES, p), updateTime }),
  co2: (o, p, updateTime) => ({ ppm: num(o, 'ppm', p), updateTime }),
  pressure: (o, p, updateTime) => ({ pascal: num(o, 'pascal', p), updateTime }),
  motion: (o, p, updateTime) => ({ state: oneOf(o, 'state', MOTION_STATES, p), updateTime }),
  deskOccupancy: (o, p, updateTime) => {
    const remarks = o.remarks === undefined ? undefined : optArr(o, 'remarks', p, (v) => String(v))
    return {
      state: oneOf(o, 'state', DESK_OCCUPANCY_STATES, p),
      ...(remarks ? { remarks } : {}),
      updateTime,
    }
  },
  contact: (o, p, updateTime) => ({ state: oneOf(o, 'state', CONTACT_STATES, p), updateTime }),
  probeWireStatus: (o, p, updateTime) => ({ state: oneOf(o, 'state', PROBE_WIRE_STATES, p), updateTime }),
  networkStatus: (o, p, updateTime) => {
    const signalStrength = optNum(o, 'signalStrength', p)
    const rssi = optNum(o, 'rssi', p)
    const cloudConnectors =
      o.cloudConnectors === undefined || o.cloudConnectors === null
        ? undefined
        : optArr(o, 'cloudConnectors', p, (v, cp) => {
            const c = obj(v, cp)
            const s = optNum(c, 'signalStrength', cp)
            const r = optNum(c, 'rssi', cp)
            return {
              id: str(c, 'id', cp),
              ...(s === undefined ? {} : { signalStrength: s }),
              ...(r === undefined ? {} : { rssi: r }),
            }
          })
    const transmissionMode = o.transmissionMode == null ? undefined : oneOf(o, 'transmissionMode', TRANSMISSION_MODES, p)
    return {
      ...(signalStrength === undefined ? {} : { signalStrength }),
      ...(rssi === undefined ? {} : { rssi }),
      ...(cloudConnectors ? { cloudConnectors } : {}),
      ...(transmissionMode ? { transmissionMode } : {}),
      updateTime,
    }
  },
  batteryStatus: (o, p, updateTime) => ({ percentage: num(o, 'percentage', p), updateTime }),
  connectionStatus: (o, p, updateTime) => ({
    connection: oneOf(o, 'connection', CONNECTIONS, p),
    available: optArr(o, 'available', p, (v, ap) => {
      if (v !== 'ETHERNET' && v !== 'CELLULAR') throw new DecodeFailure(ap, `expected ETHERNET or CELLULAR, got ${String(v)}`)
      return v
    }),
    updateTime,
  }),
  ethernetStatus: (o, p, updateTime) => ({
    macAddress: optStr(o, 'macAddress', p) ?? '',
    ipAddress: optStr(o, 'ipAddress', p) ?? '',
    errors: statusErrors(o, p),
    updateTime,
  }),
  cellularStatus: (o, p, updateTime) => ({
    signalStrength: num(o, 'signalStrength', p),
    errors: statusErrors(o, p),
    updateTime,
  }),
}

/**
 * Reads the inner payload of a keyed event type (`data.<type>` or `reported.<type>`).
 * `fallbackTime` stands in for a missing `updateTime`, as DT's Python client does.
 */
export function readPayload<K extends KeyedEventType>(
  type: K,
  value: unknown,
  path: string,
  fallbackTime: string,
): EventPayloads[K] {
  const o = obj(value, path)
  const updateTime = optTime(o, 'updateTime', path) ?? fallbackTime
  return (readers[type] as PayloadReader<K>)(o, path, updateTime)
}

/** Reads labelsChanged's unkeyed `data`; each part may be missing. */
export function readLabelsChanged(value: unknown, path: string): LabelsChangedData {
  const o = obj(value, path)
  return {
    added: stringMap(o.added, `${path}.added`),
    modified: stringMap(o.modified, `${path}.modified`),
    removed: optArr(o, 'removed', path, (v) => String(v)),
  }
}
