export default definePageConfig({
  navigationBarTitleText: '咨询日活动报名',
  enablePullDownRefresh: true,
});
