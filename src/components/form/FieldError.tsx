import { View } from '@tarojs/components';
import './form.scss';

/** The message under a form field; read out by screen readers as soon as it appears. */
export function FieldError({ text, id }: { text?: string; id?: string }) {
  return text ? (
    <View className='field-error' role='alert' id={id}>
      {text}
    </View>
  ) : null;
}
