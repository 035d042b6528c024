import type { FieldSpec, ServiceType } from '../../src/api/contract/schemas/service-request'

/** Mainland mobile numbers: 11 digits starting 13–19. */
export const PHONE_PATTERN = '^1[3-9]\\d{9}$'

const contactName: FieldSpec = {
  key: 'contactName',
  label: '联系人',
  type: 'text',
  required: true,
  maxLength: 20,
}
const contactPhone: FieldSpec = {
  key: 'contactPhone',
  label: '联系电话',
  type: 'phone',
  required: true,
  pattern: PHONE_PATTERN,
  placeholder: '138****0000',
}

export const SERVICE_TYPES: ServiceType[] = [
  {
    code: 'business_registration',
    name: '工商注册代办',
    description: '专员代为准备并提交公司设立登记材料，领取营业执照。',
    targetDays: 3,
    fields: [
      { key: 'companyName', label: '拟注册企业名称', type: 'text', required: true, maxLength: 50 },
      {
        key: 'companyType',
        label: '企业类型',
        type: 'select',
        required: true,
        options: ['有限责任公司', '股份有限公司', '个人独资企业', '合伙企业'],
      },
      { key: 'registeredCapital', label: '注册资本（万元）', type: 'number', required: true },
      { key: 'businessScope', label: '经营范围', type: 'textarea', required: true, maxLength: 500 },
      contactName,
      contactPhone,
    ],
    materials: [
      '法定代表人身份证复印件',
      '全体股东身份证明',
      '公司章程',
      '注册地址证明（租赁合同或产权证明）',
    ],
  },
  {
    code: 'bank_account',
    name: '银行开户代办',
    description: '专员预约银行并陪同办理基本存款账户开立。',
    targetDays: 2,
    fields: [
      {
        key: 'bankName',
        label: '开户银行',
        type: 'select',
        required: true,
        options: ['中国工商银行', '中国建设银行', '中国农业银行', '中国银行', '重庆农村商业银行', '重庆银行'],
      },
      {
        key: 'accountType',
        label: '账户类型',
        type: 'select',
        required: true,
        options: ['基本存款账户', '一般存款账户'],
      },
      { key: 'preferredDate', label: '期望办理日期', type: 'date', required: true },
      contactName,
      contactPhone,
    ],
    materials: ['营业执照正副本', '法定代表人身份证', '公章、财务章、法人章'],
  },
  {
    code: 'tax_registration',
    name: '税务登记代办',
    description: '专员协助完成税务登记、税种核定与发票申领。',
    targetDays: 2,
    fields: [
      {
        key: 'taxpayerType',
        label: '纳税人类型',
        type: 'select',
        required: true,
        options: ['小规模纳税人', '一般纳税人'],
      },
      {
        key: 'invoiceNeeds',
        label: '发票需求',
        type: 'select',
        required: true,
        options: ['增值税普通发票', '增值税专用发票', '两者都需要'],
      },
      { key: 'monthlyInvoiceCount', label: '预计每月开票张数', type: 'number', required: false },
      contactName,
      contactPhone,
    ],
    materials: ['营业执照', '基本存款账户信息', '财务负责人身份证'],
  },
  {
    code: 'premises_lease',
    name: '载体租赁',
    description: '按需求匹配办公室、标准厂房或研发实验室，并协助签约入驻。',
    targetDays: 5,
    fields: [
      {
        key: 'premisesType',
        label: '载体类型',
        type: 'select',
        required: true,
        options: ['办公室', '标准厂房', '研发实验室', '仓储'],
      },
      { key: 'area', label: '需求面积（平方米）', type: 'number', required: true },
      {
        key: 'preferredArea',
        label: '意向片区',
        type: 'select',
        required: true,
        options: ['礼嘉', '水土', '龙兴', '鱼复', '悦来', '不限'],
      },
      { key: 'moveInDate', label: '期望入驻日期', type: 'date', required: true },
      { key: 'requirements', label: '其他要求', type: 'textarea', required: false, maxLength: 300 },
      contactPhone,
    ],
    materials: ['营业执照', '项目简介'],
  },
  {
    code: 'order_matching',
    name: '订单接洽',
    description: '对接本产业链上的采购方，促成订单洽谈。',
    targetDays: 10,
    fields: [
      { key: 'products', label: '主营产品或服务', type: 'textarea', required: true, maxLength: 300 },
      { key: 'targetBuyers', label: '意向客户', type: 'textarea', required: false, maxLength: 300 },
      { key: 'annualCapacity', label: '年产能', type: 'text', required: false, maxLength: 50 },
      contactPhone,
    ],
    materials: ['产品手册', '资质证书'],
  },
  {
    code: 'legal_support',
    name: '法务支持',
    description: '合同审查、劳动用工、知识产权等法律咨询。',
    targetDays: 5,
    fields: [
      {
        key: 'topic',
        label: '咨询类别',
        type: 'select',
        required: true,
        options: ['合同审查', '劳动用工', '知识产权', '股权架构', '其他法律咨询'],
      },
      { key: 'description', label: '问题描述', type: 'textarea', required: true, maxLength: 1000 },
      { key: 'deadline', label: '期望答复日期', type: 'date', required: false },
      contactPhone,
    ],
    materials: ['相关合同或文件'],
  },
  {
    code: 'financing_matching',
    name: '银企对接',
    description: '匹配合作银行的信贷产品，组织银企面谈。',
    targetDays: 10,
    fields: [
      { key: 'amount', label: '融资金额（万元）', type: 'number', required: true },
      {
        key: 'purpose',
        label: '资金用途',
        type: 'select',
        required: true,
        options: ['流动资金', '设备购置', '研发投入', '厂房建设'],
      },
      {
        key: 'term',
        label: '期限',
        type: 'select',
        required: true,
        options: ['1年以内', '1-3年', '3年以上'],
      },
      {
        key: 'collateral',
        label: '担保方式',
        type: 'select',
        required: true,
        options: ['信用', '知识产权质押', '应收账款质押', '不动产抵押'],
      },
      contactPhone,
    ],
    materials: ['近一年财务报表', '营业执照', '纳税证明'],
  },
]

/** Registration and set-up go to the service specialist; matching and advice to the liaison official. */
export const LIAISON_TYPES = new Set(['order_matching', 'legal_support', 'financing_matching'])
