import { View } from '@tarojs/components';
import './form.scss';

interface Props {
  on: boolean;
  label: string;
  onClick: () => void;
  id?: string;
  /** radio: one of a row (the default); checkbox: any of a row. */
  kind?: 'radio' | 'checkbox';
}

/** One option of a choice row, as an 88 px chip a thumb can hit; screen readers hear whether it is chosen. */
export function Choice({ on, label, onClick, id, kind = 'radio' }: Props) {
  return (
    <View id={id} className={`choice ${on ? 'choice--on' : ''}`} onClick={onClick} role={kind} aria-checked={on}>
      {label}
    </View>
  );
}
