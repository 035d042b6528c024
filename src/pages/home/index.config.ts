export default definePageConfig({ navigationBarTitleText: '企服管家', enablePullDownRefresh: true })
