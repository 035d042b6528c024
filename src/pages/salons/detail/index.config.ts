export default definePageConfig({
  navigationBarTitleText: '沙龙详情',
  enablePullDownRefresh: true,
  // The share menu's card (use-salon-share.ts): WeChat asks the page for it.
  enableShareAppMessage: true,
})
