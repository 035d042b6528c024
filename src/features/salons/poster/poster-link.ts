import { apiOrigin } from '@/api/http/http-client'
import { routes } from '@/navigation/routes'

/**
 * The link the poster's QR carries: the salon's page on the H5 twin (hash router), which any phone
 * camera or WeChat's scanner opens. TARO_APP_SHARE_BASE_URL names the site; without it H5 uses the
 * page it is on, and WeChat the backend's origin (which serves the H5 build in `npm run preview`).
 * A WeChat mini-program code (wxacode) needs the backend to call WeChat's server: a real backend's job.
 */
export function salonShareLink(id: string): string {
  return `${shareBase()}#${routes.salonDetail({ id })}`
}

function shareBase(): string {
  const configured = (process.env.TARO_APP_SHARE_BASE_URL ?? '').replace(/\/$/, '')
  if (configured) return `${configured}/`
  // H5 only: the address the browser shows, without its hash (the router's part).
  if (process.env.TARO_ENV === 'h5') return `${window.location.origin}${window.location.pathname}`
  return `${apiOrigin()}/`
}
