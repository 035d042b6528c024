export default definePageConfig({ navigationBarTitleText: '企业家沙龙', enablePullDownRefresh: true })
