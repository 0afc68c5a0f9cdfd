import { describe, expect, it } from 'vitest';
import { foldVietnamese, searchScore } from './search';
import { childPath, isWithin, pathCodes } from './paths';

describe('search without diacritics', () => {
  it('folds tones, marks and đ', () => {
    expect(foldVietnamese('Huyện Thạnh Phú')).toBe('huyen thanh phu');
    expect(foldVietnamese('  Xã ĐỊNH Trung ')).toBe('xa dinh trung');
    expect(foldVietnamese('Khu phố 1')).toBe('khu pho 1');
  });

  it('ranks Huyện Thạnh Phú above Xã Thạnh Phước and Thị trấn Thạnh Phú', () => {
    const district = searchScore('thanh phu', 'Huyện Thạnh Phú', '837', 'DISTRICT');
    const town = searchScore('thanh phu', 'Thị trấn Thạnh Phú', '29182', 'COMMUNE');
    const commune = searchScore('thanh phu', 'Xã Thạnh Phước', '29167', 'COMMUNE');
    expect(district).toBeGreaterThan(town);
    expect(town).toBeGreaterThan(commune);
    expect(commune).toBeGreaterThan(0);
  });

  it('prefers the name itself over a longer one', () => {
    const town = searchScore('thanh phu', 'Thị trấn Thạnh Phú', '29182', 'COMMUNE');
    const longer = searchScore('thanh phu', 'Xã Thạnh Phú Đông', '29041', 'COMMUNE');
    expect(town).toBeGreaterThan(longer);
    expect(searchScore('phu', 'Xã Phú Lễ', '1', 'COMMUNE')).toBeGreaterThan(0);
  });

  it('needs every word, and matches codes exactly', () => {
    expect(searchScore('ba tri', 'Huyện Ba Tri', '836', 'DISTRICT')).toBeGreaterThan(0);
    expect(searchScore('ba tri', 'Xã Tân Xuân', '29119', 'COMMUNE')).toBe(0);
    expect(searchScore('29119', 'Xã Tân Xuân', '29119', 'COMMUNE')).toBeGreaterThan(
      searchScore('tan xuan', 'Xã Tân Xuân', '29119', 'COMMUNE'),
    );
    expect(searchScore('   ', 'Xã Tân Xuân', '29119', 'COMMUNE')).toBe(0);
  });
});

describe('materialised paths', () => {
  it('nests and checks scope by prefix', () => {
    const district = childPath(childPath(null, '83'), '836');
    expect(district).toBe('/83/836/');
    expect(isWithin('/83/836/29119/', district)).toBe(true);
    expect(isWithin('/83/8360/', district)).toBe(false);
    expect(pathCodes('/83/836/29119/')).toEqual(['83', '836', '29119']);
  });
});
