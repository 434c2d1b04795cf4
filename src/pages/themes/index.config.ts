export default definePageConfig({
  navigationBarTitleText: '历年主题',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
