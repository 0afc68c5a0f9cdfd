import { describe, expect, it } from 'vitest';
import { axisLabelLayout } from './axis-labels';

describe('the results chart’s x labels', () => {
  it('stay flat and all shown when they fit their bars', () => {
    expect(axisLabelLayout(['1', '2', '3', '4', '5'], 600)).toEqual({ rotate: 0, interval: 0, width: 116 });
  });

  it('turn to 45° and end in an ellipsis when long names would overlap', () => {
    const districts = [
      'Thành phố Bến Tre',
      'Huyện Châu Thành',
      'Huyện Chợ Lách',
      'Huyện Mỏ Cày Nam',
      'Huyện Giồng Trôm',
      'Huyện Bình Đại',
      'Huyện Ba Tri',
      'Huyện Thạnh Phú',
    ];
    const layout = axisLabelLayout(districts, 600);
    expect(layout.rotate).toBe(45);
    expect(layout.interval).toBe(0);
    expect(layout.width).toBeLessThanOrEqual(150);
  });

  it('skip labels when even turned they do not fit', () => {
    const communes = Array.from({ length: 60 }, (_, i) => `Xã Tân Xuân ${i + 1}`);
    const layout = axisLabelLayout(communes, 600);
    expect(layout.rotate).toBe(45);
    // 10 px a bar, 24 px a turned label: every third label shows.
    expect(layout.interval).toBe(2);
  });
});
