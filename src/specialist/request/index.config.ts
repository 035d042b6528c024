export default definePageConfig({ navigationBarTitleText: '办理', enablePullDownRefresh: true })
