export default definePageConfig({ navigationBarTitleText: '代为发起申请' })
