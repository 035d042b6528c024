import type { GeoPoint, Salon } from '@/api/contract/schemas/salon'
import { apiOrigin } from '@/api/http/http-client'

/** Uploaded files come back as /api/v1/files/<id>; a remote build puts the backend's origin in front. */
export function posterSrc(salon: Pick<Salon, 'poster'>): string | undefined {
  const url = salon.poster?.url
  if (!url) return undefined
  return url.startsWith('/') ? `${apiOrigin()}${url}` : url
}

/**
 * A map link for H5 (WeChat opens its own map instead): Amap's URI API takes GCJ-02 coordinates, the
 * ones the contract carries, and opens the Amap app on a phone or its web map otherwise.
 */
export function mapLink(point: GeoPoint, name: string): string {
  const position = `${point.longitude},${point.latitude}`
  return `https://uri.amap.com/marker?position=${position}&name=${encodeURIComponent(name)}&coordinate=gaode&callnative=1`
}

/** Seconds, as wx.addPhoneCalendar wants them; an hour's warning as the .ics has. */
export function phoneCalendarEvent(
  salon: Pick<Salon, 'title' | 'summary' | 'location' | 'startAt' | 'endAt'>,
) {
  return {
    title: salon.title,
    startTime: Math.floor(Date.parse(salon.startAt) / 1000),
    // The typings say string for endTime (and number for startTime): as documented.
    endTime: String(Math.floor(Date.parse(salon.endAt) / 1000)),
    description: salon.summary,
    location: salon.location,
    alarm: true,
    alarmOffset: 3600,
  }
}
