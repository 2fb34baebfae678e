import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;
  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;
  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;
  @Column('uuid', { name: 'model_id', nullable: true })
  modelId!: string | null;
  @Column('text', { name: 'entity_type' })
  entityType!: string;
  @Column('uuid', { name: 'entity_id', nullable: true })
  entityId!: string | null;
  @Column('text')
  action!: string;
  @Column('jsonb', { nullable: true })
  before!: unknown;
  @Column('jsonb', { nullable: true })
  after!: unknown;
  @Column('text', { name: 'request_id', nullable: true })
  requestId!: string | null;
}
