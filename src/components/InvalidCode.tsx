import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { INVALID_CODE } from '@domain/common/scan-entry';
import { go, routes } from '@/services/navigation';

/** A scanned code no page can read: say so, and offer the way home. */
export function InvalidCode({ hint }: { hint: string }) {
  return (
    <View className='card' id='invalid-code' role='alert'>
      <Text className='section-title'>{INVALID_CODE}</Text>
      <Text className='muted'>{hint}</Text>
      <Button type='primary' block onClick={() => go(routes.home)}>
        返回首页
      </Button>
    </View>
  );
}
