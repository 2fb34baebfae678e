import { Injectable } from '@nestjs/common';
import {
  generateEcosystemView,
  generatePortfolioView,
  generateProcessView,
} from '@kartasto/diagram';
import {
  isArchimateViewpoint,
  isExchangeViewpoint,
  parseFrameworkCellId,
  type ViewDoc,
} from '@kartasto/metamodel';
import ELK from 'elkjs/lib/elk.bundled.js';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { notFound, validation } from '../common/domain-error';
import type { RequestContext } from '../common/request-context';
import { lockVersioned } from '../common/versioned-row';
import { readModelDocument } from '../exchange/model-document.reader';
import { ModelAccessService } from '../models/model-access.service';
import { applyViewCommand } from './apply-view-commands';
import { CreateViewInput } from './dto/create-view.input';
import { GenerateViewInput } from './dto/generate-view.input';
import { parseViewCommands } from './view-commands';
import { insertView } from './view-writer';
import { ViewEntity } from './view.entity';
import { isUuid } from '../common/ids';
import { hasText } from '../common/lang-map.scalar';

const elk = new ELK();

/** Views: create, generate (ELK layout on the server), edit by typed commands, delete. */
@Injectable()
export class ViewsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ModelAccessService,
    private readonly audit: AuditService,
  ) {}

  async readable(ctx: RequestContext, id: string): Promise<ViewEntity> {
    const view = isUuid(id) ? await this.db.getRepository(ViewEntity).findOneBy({ id }) : null;
    if (!view || view.deletedAt) throw notFound('View', id);
    await this.access.readable(ctx, view.modelId);
    return view;
  }

  async create(ctx: RequestContext, input: CreateViewInput): Promise<ViewEntity> {
    const model = await this.access.editable(ctx, input.modelId);
    if (!hasText(input.name)) throw validation('A view needs a name.');
    if (
      input.viewpoint &&
      !isArchimateViewpoint(input.viewpoint) &&
      !isExchangeViewpoint(input.viewpoint)
    )
      throw validation(`"${input.viewpoint}" is not an ArchiMate viewpoint.`);
    const cell = input.frameworkCell ? parseFrameworkCellId(input.frameworkCell) : null;
    if (input.frameworkCell && !cell)
      throw validation(`"${input.frameworkCell}" is not a JHS 179 framework cell.`);
    return this.db.transaction(async (em) => {
      const id = randomUUID();
      await em.query(
        `INSERT INTO view (id, model_id, identifier, kind, name, viewpoint, framework_viewpoint, framework_level, created_by, updated_by)
         VALUES ($1,$2,$3,'archimate',$4,$5,$6,$7,$8,$8)`,
        [
          id,
          model.id,
          `id-${id}`,
          input.name,
          input.viewpoint ?? null,
          cell?.viewpoint ?? null,
          cell?.level ?? null,
          ctx.user!.id,
        ],
      );
      await this.audit.recordEdit(em, ctx, model, 'view', id, 'create', undefined, input);
      return em.getRepository(ViewEntity).findOneByOrFail({ id });
    });
  }

  async generate(ctx: RequestContext, input: GenerateViewInput): Promise<ViewEntity> {
    const model = await this.access.editable(ctx, input.modelId);
    const doc = await readModelDocument(this.db.manager, model.id, { viewIds: [] });
    const options = {
      ...(input.options ?? {}),
      id: `id-${randomUUID()}`,
      name: input.name,
      engine: elk,
    };
    let view: ViewDoc;
    if (input.kind === 'ecosystem') view = await generateEcosystemView(doc, options);
    else if (input.kind === 'process') view = await generateProcessView(doc, options);
    else if (input.kind === 'portfolio')
      view = await generatePortfolioView(doc, {
        groupBy: 'capability',
        ...options,
      } as unknown as Parameters<typeof generatePortfolioView>[1]);
    else throw validation('kind must be ecosystem, process or portfolio.');
    return this.db.transaction(async (em) => {
      const id = await insertView(em, model.id, view, ctx.user!.id);
      await this.audit.recordEdit(em, ctx, model, 'view', id, 'generate', undefined, {
        kind: input.kind,
        options: input.options,
        nodes: view.nodes.length,
      });
      return em.getRepository(ViewEntity).findOneByOrFail({ id });
    });
  }

  /** One batch of typed edits, all or nothing, against the version the editor read. */
  async applyCommands(
    ctx: RequestContext,
    viewId: string,
    expectedVersion: number,
    raw: unknown[],
  ): Promise<ViewEntity> {
    const commands = parseViewCommands(raw);
    const view = await this.readable(ctx, viewId);
    const model = await this.access.editable(ctx, view.modelId);
    return this.db.transaction(async (em) => {
      await lockVersioned(em, 'view', 'View', viewId, expectedVersion);
      for (let i = 0; i < commands.length; i++)
        await applyViewCommand(em, viewId, model.id, commands[i], i);
      await em.query(
        'UPDATE view SET version = version + 1, updated_at = now(), updated_by = $2 WHERE id = $1',
        [viewId, ctx.user!.id],
      );
      await this.audit.recordEdit(
        em,
        ctx,
        model,
        'view',
        viewId,
        'edit',
        undefined,
        commands.length > 50 ? { commands: commands.length } : { commands },
      );
      return em.getRepository(ViewEntity).findOneByOrFail({ id: viewId });
    });
  }

  async remove(ctx: RequestContext, viewId: string, expectedVersion: number): Promise<boolean> {
    const view = await this.readable(ctx, viewId);
    const model = await this.access.editable(ctx, view.modelId);
    await this.db.transaction(async (em) => {
      await lockVersioned(em, 'view', 'View', viewId, expectedVersion);
      await em.query(
        'UPDATE view SET deleted_at = now(), version = version + 1, updated_by = $2 WHERE id = $1',
        [viewId, ctx.user!.id],
      );
      await this.audit.recordEdit(em, ctx, model, 'view', viewId, 'delete', undefined, undefined);
    });
    return true;
  }

  /**
   * What the editor needs besides the drawing: the elements and relationships the view shows,
   * keyed by their stored ids, in ModelDocument shape (so libs/diagram can render it).
   */
  async viewModel(ctx: RequestContext, viewId: string): Promise<Record<string, unknown>> {
    const view = await this.readable(ctx, viewId);
    const elements = await this.db.query(
      `SELECT e.id, e.type, e.name, e.documentation, e.properties, e.specialization
         FROM element e WHERE e.id IN (SELECT element_id FROM view_node WHERE view_id = $1) ORDER BY e.id`,
      [viewId],
    );
    const relationships = await this.db.query(
      `SELECT r.id, r.type, coalesce(r.source_element_id, r.source_relationship_id) AS "sourceId",
              coalesce(r.target_element_id, r.target_relationship_id) AS "targetId", r.name, r.documentation,
              r.properties, r.access_type AS "accessType", r.influence_strength AS "influenceStrength", r.is_directed AS "isDirected"
         FROM relationship r WHERE r.id IN (SELECT relationship_id FROM view_connection WHERE view_id = $1) ORDER BY r.id`,
      [viewId],
    );
    const definitions = await this.db.query(
      'SELECT identifier AS id, name, data_type AS type FROM property_definition WHERE model_id = $1',
      [view.modelId],
    );
    const strip = (o: Record<string, unknown>) => {
      for (const k of Object.keys(o)) if (o[k] === null) delete o[k];
      return o;
    };
    return {
      name: {},
      documentation: {},
      properties: [],
      propertyDefinitions: definitions,
      elements: elements.map(strip),
      relationships: relationships.map(strip),
      folders: [],
      views: [],
    };
  }
}
