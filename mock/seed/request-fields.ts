import type { FieldValues, ServiceType } from '../../src/api/contract/schemas/service-request'

import { ownerPhone } from './people'

/** Plausible values for every field of a type; dates are fixed strings. */
export function sampleFields(type: ServiceType, entNo: number, date: string): FieldValues {
  const values: FieldValues = {}
  for (const spec of type.fields) {
    // The owner's invented account number (138 0000 block), so 办理's 拨打电话 has a number to dial.
    if (spec.type === 'phone') values[spec.key] = ownerPhone(entNo)
    else if (spec.type === 'select')
      values[spec.key] = spec.options?.[entNo % (spec.options?.length ?? 1)] ?? ''
    else if (spec.type === 'number') values[spec.key] = spec.key === 'area' ? 300 + entNo * 20 : 100 * entNo
    else if (spec.type === 'date') values[spec.key] = date
    else if (spec.key === 'contactName') values[spec.key] = '经办人'
    else if (spec.required) values[spec.key] = SAMPLE_TEXT[spec.key] ?? `${spec.label}（示例）`
  }
  return values
}

const SAMPLE_TEXT: Record<string, string> = {
  companyName: '重庆示例科技有限公司',
  businessScope: '技术开发、技术咨询、技术服务；软件开发；电子产品销售。',
  products: '工业级无人机整机及配套飞控系统，可提供定制化机型。',
  description: '拟与上游供应商签订三年期采购框架合同，请协助审查付款与违约条款。',
}
