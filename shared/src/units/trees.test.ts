import { describe, expect, it } from 'vitest';
import { isLeaf, LEAF_LEVEL, LEVELS } from './levels';
import { hasLevel, isBelow, levelBelow, levelsBetween, TREE_SHAPES } from './trees';

const v2023 = TREE_SHAPES['VN-2023'];
const v2025 = TREE_SHAPES['VN-2025'];

describe('tree shapes', () => {
  it('each shape is its own id, uses only known levels top down, and ends at the leaf', () => {
    for (const [id, shape] of Object.entries(TREE_SHAPES)) {
      expect(shape.id).toBe(id);
      const depths = shape.levels.map((l) => LEVELS.indexOf(l));
      expect(depths.every((d, i) => d >= 0 && (i === 0 || d > depths[i - 1]!))).toBe(true);
      expect(shape.levels.at(-1)).toBe(LEAF_LEVEL);
      expect(shape.levels.filter(isLeaf)).toEqual([LEAF_LEVEL]);
    }
  });

  it('VN-2023: country, province, district, commune, hamlet', () => {
    expect(levelBelow(v2023, 'COUNTRY')).toBe('PROVINCE');
    expect(levelBelow(v2023, 'PROVINCE')).toBe('DISTRICT');
    expect(levelBelow(v2023, 'DISTRICT')).toBe('COMMUNE');
    expect(levelBelow(v2023, 'COMMUNE')).toBe('HAMLET');
    expect(levelBelow(v2023, 'HAMLET')).toBeNull();
  });

  it('VN-2025 has no district: communes are directly below provinces', () => {
    expect(hasLevel(v2025, 'DISTRICT')).toBe(false);
    expect(levelBelow(v2025, 'COUNTRY')).toBe('PROVINCE');
    expect(levelBelow(v2025, 'PROVINCE')).toBe('COMMUNE');
    expect(levelBelow(v2025, 'COMMUNE')).toBe('HAMLET');
    expect(levelBelow(v2025, 'HAMLET')).toBeNull();
    expect(levelBelow(v2025, 'DISTRICT')).toBeNull();
  });

  it('levelsBetween lists the levels below one down to another, per shape', () => {
    expect(levelsBetween(v2023, 'PROVINCE', 'COMMUNE')).toEqual(['DISTRICT', 'COMMUNE']);
    expect(levelsBetween(v2025, 'PROVINCE', 'COMMUNE')).toEqual(['COMMUNE']);
    expect(levelsBetween(v2023, 'COMMUNE', 'PROVINCE')).toEqual([]);
    expect(levelsBetween(v2025, 'DISTRICT', 'HAMLET')).toEqual([]);
    expect(isBelow(v2023, 'PROVINCE', 'HAMLET')).toBe(true);
    expect(isBelow(v2023, 'HAMLET', 'HAMLET')).toBe(false);
  });

  it('only the hamlet is a leaf', () => {
    expect(LEVELS.filter(isLeaf)).toEqual(['HAMLET']);
  });
});
