import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // An empty env id means the environment the mini-program is bound to in DevTools.
      Taro.cloud.init({ ...(process.env.CLOUD_ENV ? { env: process.env.CLOUD_ENV } : {}), traceUser: true });
    }
  });
  return children;
}

export default App;
