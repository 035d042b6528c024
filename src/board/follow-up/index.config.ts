export default definePageConfig({ navigationBarTitleText: '回访记录', enablePullDownRefresh: true })
