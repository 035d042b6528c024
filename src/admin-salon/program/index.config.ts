export default definePageConfig({ navigationBarTitleText: '活动资料' })
