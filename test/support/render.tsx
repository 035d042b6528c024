import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { SWRConfig } from 'swr'

/** Renders with a fresh SWR cache, so no test sees another's data. */
export function renderWithSwr(ui: ReactElement) {
  return render(<SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{ui}</SWRConfig>)
}
