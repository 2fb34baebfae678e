import { DataSource } from 'typeorm';
import { AppUserEntity } from '../auth/app-user.entity';
import { UserSessionEntity } from '../auth/user-session.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { ElementEntity } from '../elements/element.entity';
import { FolderEntity } from '../folders/folder.entity';
import { ModelEntity } from '../models/model.entity';
import { PropertyDefinitionEntity } from '../models/property-definition.entity';
import { MembershipEntity } from '../organizations/membership.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { RelationshipEntity } from '../relationships/relationship.entity';
import { ViewConnectionEntity } from '../views/view-connection.entity';
import { ViewNodeEntity } from '../views/view-node.entity';
import { ViewEntity } from '../views/view.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [
  OrganizationEntity,
  MembershipEntity,
  AppUserEntity,
  UserSessionEntity,
  ModelEntity,
  PropertyDefinitionEntity,
  FolderEntity,
  ElementEntity,
  RelationshipEntity,
  ViewEntity,
  ViewNodeEntity,
  ViewConnectionEntity,
  AuditEventEntity,
];

export function createDataSource(url: string, poolSize = 20): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    extra: { max: poolSize, application_name: 'kartasto' },
  });
}

/** Opens the pool and applies every pending migration in one transaction each. */
export async function openDatabase(url: string, poolSize?: number): Promise<DataSource> {
  const ds = createDataSource(url, poolSize);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}
