export default definePageConfig({ navigationBarTitleText: '沙龙详情', enablePullDownRefresh: true })
