import { useEffect, useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { answerPrivacyRequest, watchPrivacyRequests } from '@/services/privacy';
import { go, routes } from '@/services/navigation';
import './PrivacyGate.scss';

/** The privacy popup; mount it on every page that uses location or photos. */
export function PrivacyGate() {
  const [asking, setAsking] = useState(false);
  useEffect(() => watchPrivacyRequests((pending) => setAsking(pending !== null)), []);
  if (!asking) return null;
  return (
    <View className='privacy-gate' role='dialog' aria-modal='true'>
      <View className='privacy-gate__panel'>
        <Text className='privacy-gate__title'>个人信息保护提示</Text>
        <Text className='privacy-gate__text'>
          为标注隐患位置、核对签到范围和上传隐患照片，我们需要使用您的位置信息和照片。我们只在您使用这些功能时收集，用途、保存期限和可见范围见《隐私保护指引》。
        </Text>
        <Text className='privacy-gate__link' onClick={() => go(routes.privacy)}>
          查看《隐私保护指引》
        </Text>
        <View className='privacy-gate__actions'>
          <Button className='privacy-gate__decline' id='privacy-decline' onClick={() => answerPrivacyRequest(false)}>
            不同意
          </Button>
          <Button
            className='privacy-gate__agree'
            id='privacy-agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answerPrivacyRequest(true, 'privacy-agree')}
            onClick={() => process.env.TARO_ENV === 'h5' && answerPrivacyRequest(true)}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  );
}
