export default definePageConfig({ navigationBarTitleText: '办件明细', enablePullDownRefresh: true })
