export default definePageConfig({ navigationBarTitleText: '沙龙管理', enablePullDownRefresh: true })
