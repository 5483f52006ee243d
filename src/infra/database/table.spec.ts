import 'reflect-metadata';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { column, selectList, type Row } from './table';

@Entity({ name: 'widgets' })
class WidgetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne('User')
  @JoinColumn({ name: 'owner_id' })
  owner?: unknown;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'weight_grams', type: 'integer', nullable: true })
  weightGrams: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

describe('table definitions from entities', () => {
  it('selects every column in declaration order, aliased to its property', () => {
    expect(selectList(WidgetEntity, 'w')).toBe('w.id, w.owner_id AS "ownerId", w.name, w.weight_grams AS "weightGrams", w.created_at AS "createdAt"');
    expect(selectList(WidgetEntity)).toBe('id, owner_id AS "ownerId", name, weight_grams AS "weightGrams", created_at AS "createdAt"');
  });

  it('selects only the columns asked for, and names one column', () => {
    expect(selectList(WidgetEntity, 'w', ['id', 'createdAt'])).toBe('w.id, w.created_at AS "createdAt"');
    expect(column(WidgetEntity, 'weightGrams')).toBe('weight_grams');
  });

  it('types a row as the columns without the relations', () => {
    const row: Row<WidgetEntity> = { id: 'x', ownerId: 'y', name: 'n', weightGrams: null, createdAt: new Date(0) };
    // @ts-expect-error a relation is not a column of the row
    const relation: Row<WidgetEntity>['owner'] = undefined;
    expect([row.name, relation]).toEqual(['n', undefined]);
  });
});
