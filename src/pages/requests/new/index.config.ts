export default definePageConfig({ navigationBarTitleText: '服务申请' })
