import { useRouter } from '@tarojs/taro'
import { useMemo } from 'react'

import type { PageName, ParamsOf } from './pages'
import { parseParams } from './routes'

/** This page's params, decoded and typed by its entry in the table (any may be missing). */
export function usePageParams<N extends PageName>(name: N): Partial<ParamsOf<N>> {
  const { params } = useRouter()
  return useMemo(() => parseParams(name, params), [name, params])
}
